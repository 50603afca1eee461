package fi.digipolku.pathway.enrollment;

import java.time.LocalDate;

import fi.digipolku.pathway.definition.PathwayKind;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;

/**
 * Who may start, see and end an enrollment, and which state changes are legal. Plain rules; callers turn a refusal
 * into the matching problem.
 */
public final class EnrollmentRules {

    /** The ways an enrollment ends. */
    public enum Ending {
        COMPLETE(EnrollmentStatus.COMPLETED), DISCONTINUE(EnrollmentStatus.DISCONTINUED), EXPIRE(
                EnrollmentStatus.EXPIRED);

        private final EnrollmentStatus to;

        Ending(EnrollmentStatus to) {
            this.to = to;
        }

        public EnrollmentStatus to() {
            return to;
        }
    }

    /** What a caller may do to an enrollment, or why not. */
    public enum Verdict {
        ALLOWED, NOT_VISIBLE, FORBIDDEN, ILLEGAL_STATE, REASON_REQUIRED
    }

    private EnrollmentRules() {
    }

    /** The state after an ending; only an active enrollment can end, once. */
    public static EnrollmentStatus end(EnrollmentStatus from, Ending ending) {
        if (from != EnrollmentStatus.ACTIVE) {
            throw new IllegalStateException("an enrollment that is " + from + " cannot " + ending);
        }
        return ending.to();
    }

    /**
     * Who may start a pathway of this kind for a client: a client starts a self-care pathway for themself; a
     * professional of the pathway's team opens a professional pathway for a client.
     */
    public static Verdict mayStart(Caller caller, PathwayKind kind, String careTeam, String clientSubject) {
        if (kind == PathwayKind.SELF_CARE) {
            return caller.hasRole(Role.CLIENT) && caller.subject().equals(clientSubject)
                    ? Verdict.ALLOWED
                    : Verdict.FORBIDDEN;
        }
        return caller.hasRole(Role.PROFESSIONAL) && caller.inTeam(careTeam) && !caller.subject().equals(clientSubject)
                ? Verdict.ALLOWED
                : Verdict.FORBIDDEN;
    }

    /** The client sees their own enrollments; a professional sees those their team follows. */
    public static boolean maySee(Caller caller, Enrollment enrollment) {
        if (caller.hasRole(Role.CLIENT) && caller.subject().equals(enrollment.clientSubject)) {
            return true;
        }
        return caller.hasRole(Role.PROFESSIONAL) && enrollment.followedByTeam && caller.inTeam(enrollment.careTeam);
    }

    /**
     * Completing: the client when every required module is done; a professional of the following team at any time.
     * Discontinuing: the client of a self-care pathway; a professional of the following team, with a reason. An
     * enrollment that has ended already is a conflict for everyone who may see it, whoever could have ended it.
     */
    public static Verdict mayEnd(Caller caller, Enrollment enrollment, Ending ending, boolean requiredDone,
            String reason) {
        if (!maySee(caller, enrollment)) {
            return Verdict.NOT_VISIBLE;
        }
        if (enrollment.status != EnrollmentStatus.ACTIVE) {
            return Verdict.ILLEGAL_STATE;
        }
        boolean professional = caller.hasRole(Role.PROFESSIONAL) && enrollment.followedByTeam
                && caller.inTeam(enrollment.careTeam);
        boolean client = caller.subject().equals(enrollment.clientSubject);
        return switch (ending) {
            case COMPLETE -> professional || (client && requiredDone) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
            case DISCONTINUE -> {
                if (professional) {
                    yield reason == null || reason.isBlank() ? Verdict.REASON_REQUIRED : Verdict.ALLOWED;
                }
                yield client && enrollment.kind == PathwayKind.SELF_CARE ? Verdict.ALLOWED : Verdict.FORBIDDEN;
            }
            case EXPIRE -> Verdict.FORBIDDEN;
        };
    }

    /** The last day of the timeline: a pathway of N days started on day 0 ends on day N-1. */
    public static LocalDate endsOn(LocalDate startedOn, int durationDays) {
        return startedOn.plusDays(durationDays - 1L);
    }

    /** Whether the timeline has passed: the day after the last day has begun. */
    public static boolean expired(LocalDate endsOn, LocalDate today) {
        return today.isAfter(endsOn);
    }
}
