package fi.digipolku.pathway.progress;

import java.time.Instant;

import fi.digipolku.pathway.content.ModuleType;
import fi.digipolku.pathway.enrollment.Enrollment;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;

/**
 * Which records go to the patient record and who clears them: a client's measurements and questionnaire answers,
 * once a professional of the enrollment's care team has reviewed them. Private diary entries never leave the platform.
 */
public final class ReviewRules {

    /** Whether a review may happen, or why not. */
    public enum Verdict {
        ALLOWED, NOT_VISIBLE, NOT_REVIEWABLE, ALREADY_REVIEWED
    }

    private ReviewRules() {
    }

    /** Records of these kinds are what the patient record takes: measurements and questionnaire answers. */
    public static boolean reviewable(ModuleType type, boolean privateEntry) {
        return !privateEntry && (type == ModuleType.MEASUREMENT || type.isQuestionnaire());
    }

    /** Released to integrators only when reviewable and reviewed. */
    public static boolean releasable(ModuleType type, boolean privateEntry, Instant reviewedAt) {
        return reviewable(type, privateEntry) && reviewedAt != null;
    }

    /**
     * A professional of the care team that follows the enrollment reviews, once. The client (even one who is also a professional)
     * never reviews their own records.
     */
    public static Verdict mayReview(Caller caller, Enrollment enrollment, ModuleType type, boolean privateEntry,
            Instant reviewedAt) {
        if (!caller.hasRole(Role.PROFESSIONAL) || !enrollment.followedByTeam || !caller.inTeam(enrollment.careTeam)
                || caller.subject().equals(enrollment.clientSubject)) {
            return Verdict.NOT_VISIBLE;
        }
        if (!reviewable(type, privateEntry)) {
            return Verdict.NOT_REVIEWABLE;
        }
        return reviewedAt == null ? Verdict.ALLOWED : Verdict.ALREADY_REVIEWED;
    }
}
