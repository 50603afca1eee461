package fi.digipolku.pathway.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.digipolku.pathway.content.ModuleType;
import fi.digipolku.pathway.enrollment.Enrollment;
import fi.digipolku.pathway.progress.ReviewRules.Verdict;
import fi.digipolku.support.identity.Caller;

class ReviewRulesTest {

    private static Caller caller(String subject, String role, String... teams) {
        return Caller.of(subject, Set.of(role), List.of(teams), null, List.of());
    }

    private static Enrollment enrollment(boolean followed) {
        Enrollment e = new Enrollment();
        e.clientSubject = "client-1";
        e.careTeam = "weight-team";
        e.followedByTeam = followed;
        return e;
    }

    @Test
    void unreviewedRecordsAreNeverReleased() {
        for (ModuleType type : ModuleType.values()) {
            assertThat(ReviewRules.releasable(type, false, null)).as(type.name()).isFalse();
        }
    }

    @Test
    void privateDiaryEntriesAreNeverReleasedNorReviewed() {
        Instant reviewed = Instant.parse("2026-06-03T07:00:00Z");
        for (ModuleType type : ModuleType.values()) {
            assertThat(ReviewRules.releasable(type, true, reviewed)).as(type.name()).isFalse();
            assertThat(ReviewRules.reviewable(type, true)).as(type.name()).isFalse();
        }
        assertThat(ReviewRules.mayReview(caller("nurse", "professional", "weight-team"), enrollment(true),
                ModuleType.DIARY, true, null)).isEqualTo(Verdict.NOT_REVIEWABLE);
    }

    @Test
    void onlyMeasurementsAndAnswersAreReleasedOnceReviewed() {
        Instant reviewed = Instant.parse("2026-06-03T07:00:00Z");
        assertThat(ReviewRules.releasable(ModuleType.MEASUREMENT, false, reviewed)).isTrue();
        assertThat(ReviewRules.releasable(ModuleType.QUESTIONNAIRE, false, reviewed)).isTrue();
        assertThat(ReviewRules.releasable(ModuleType.RISK_TEST, false, reviewed)).isTrue();
        assertThat(ReviewRules.releasable(ModuleType.DIARY, false, reviewed)).isFalse();
        assertThat(ReviewRules.releasable(ModuleType.INFO, false, reviewed)).isFalse();
        assertThat(ReviewRules.releasable(ModuleType.TASK, false, reviewed)).isFalse();
    }

    @Test
    void aProfessionalOfTheFollowingTeamReviewsOnce() {
        Caller nurse = caller("nurse", "professional", "weight-team");
        assertThat(ReviewRules.mayReview(nurse, enrollment(true), ModuleType.MEASUREMENT, false, null))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(ReviewRules.mayReview(nurse, enrollment(true), ModuleType.MEASUREMENT, false,
                Instant.parse("2026-06-03T07:00:00Z")))
                .isEqualTo(Verdict.ALREADY_REVIEWED);
        assertThat(ReviewRules.mayReview(caller("other", "professional", "bone-team"), enrollment(true),
                ModuleType.MEASUREMENT, false, null)).isEqualTo(Verdict.NOT_VISIBLE);
        assertThat(ReviewRules.mayReview(nurse, enrollment(false), ModuleType.MEASUREMENT, false, null))
                .isEqualTo(Verdict.NOT_VISIBLE);
        assertThat(ReviewRules.mayReview(caller("client-1", "client"), enrollment(true), ModuleType.MEASUREMENT,
                false, null)).isEqualTo(Verdict.NOT_VISIBLE);
        assertThat(ReviewRules.mayReview(nurse, enrollment(true), ModuleType.INFO, false, null))
                .isEqualTo(Verdict.NOT_REVIEWABLE);
    }
}
