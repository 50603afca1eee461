package fi.digipolku.pathway.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.digipolku.pathway.definition.PathwayKind;
import fi.digipolku.pathway.enrollment.EnrollmentRules.Ending;
import fi.digipolku.pathway.enrollment.EnrollmentRules.Verdict;
import fi.digipolku.support.identity.Caller;

class EnrollmentRulesTest {

    private static final Caller CLIENT = Caller.of("c1", List.of("client"), List.of(), "substantial", List.of());
    private static final Caller OTHER_CLIENT = Caller.of("c2", List.of("client"), List.of(), "high", List.of());
    private static final Caller NURSE = Caller.of("n1", List.of("professional"), List.of("weight-team"), null,
            List.of());
    private static final Caller OTHER_TEAM = Caller.of("p2", List.of("professional"), List.of("bone-team"), null,
            List.of());

    private static Enrollment enrollment(PathwayKind kind, EnrollmentStatus status) {
        Enrollment e = new Enrollment();
        e.clientSubject = "c1";
        e.kind = kind;
        e.careTeam = "weight-team";
        e.followedByTeam = kind == PathwayKind.PROFESSIONAL;
        e.status = status;
        return e;
    }

    @Test
    void onlyAnActiveEnrollmentEndsAndOnlyOnce() {
        assertThat(EnrollmentRules.end(EnrollmentStatus.ACTIVE, Ending.COMPLETE)).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(EnrollmentRules.end(EnrollmentStatus.ACTIVE, Ending.DISCONTINUE))
                .isEqualTo(EnrollmentStatus.DISCONTINUED);
        assertThat(EnrollmentRules.end(EnrollmentStatus.ACTIVE, Ending.EXPIRE)).isEqualTo(EnrollmentStatus.EXPIRED);
        for (EnrollmentStatus ended : List.of(EnrollmentStatus.COMPLETED, EnrollmentStatus.DISCONTINUED,
                EnrollmentStatus.EXPIRED)) {
            for (Ending ending : Ending.values()) {
                assertThatThrownBy(() -> EnrollmentRules.end(ended, ending))
                        .isInstanceOf(IllegalStateException.class);
            }
        }
    }

    @Test
    void clientsStartSelfCareForThemselvesAndTeamsOpenTheirOwnPathways() {
        assertThat(EnrollmentRules.mayStart(CLIENT, PathwayKind.SELF_CARE, "weight-team", "c1"))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(EnrollmentRules.mayStart(CLIENT, PathwayKind.SELF_CARE, "weight-team", "c2"))
                .isEqualTo(Verdict.FORBIDDEN);
        assertThat(EnrollmentRules.mayStart(CLIENT, PathwayKind.PROFESSIONAL, "weight-team", "c1"))
                .isEqualTo(Verdict.FORBIDDEN);
        assertThat(EnrollmentRules.mayStart(NURSE, PathwayKind.PROFESSIONAL, "weight-team", "c1"))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(EnrollmentRules.mayStart(OTHER_TEAM, PathwayKind.PROFESSIONAL, "weight-team", "c1"))
                .isEqualTo(Verdict.FORBIDDEN);
        assertThat(EnrollmentRules.mayStart(NURSE, PathwayKind.SELF_CARE, "weight-team", "c1"))
                .isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void professionalsSeeOnlyWhatTheirTeamFollows() {
        Enrollment professional = enrollment(PathwayKind.PROFESSIONAL, EnrollmentStatus.ACTIVE);
        Enrollment selfCare = enrollment(PathwayKind.SELF_CARE, EnrollmentStatus.ACTIVE);

        assertThat(EnrollmentRules.maySee(CLIENT, professional)).isTrue();
        assertThat(EnrollmentRules.maySee(OTHER_CLIENT, professional)).isFalse();
        assertThat(EnrollmentRules.maySee(NURSE, professional)).isTrue();
        assertThat(EnrollmentRules.maySee(OTHER_TEAM, professional)).isFalse();
        assertThat(EnrollmentRules.maySee(NURSE, selfCare)).as("self-care is not followed").isFalse();
    }

    @Test
    void endingsFollowWhoOwnsThePathway() {
        Enrollment professional = enrollment(PathwayKind.PROFESSIONAL, EnrollmentStatus.ACTIVE);
        Enrollment selfCare = enrollment(PathwayKind.SELF_CARE, EnrollmentStatus.ACTIVE);

        assertThat(EnrollmentRules.mayEnd(CLIENT, selfCare, Ending.DISCONTINUE, false, null))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(EnrollmentRules.mayEnd(CLIENT, professional, Ending.DISCONTINUE, false, "x"))
                .isEqualTo(Verdict.FORBIDDEN);
        assertThat(EnrollmentRules.mayEnd(NURSE, professional, Ending.DISCONTINUE, false, " "))
                .isEqualTo(Verdict.REASON_REQUIRED);
        assertThat(EnrollmentRules.mayEnd(NURSE, professional, Ending.DISCONTINUE, false, "moved away"))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(EnrollmentRules.mayEnd(NURSE, professional, Ending.COMPLETE, false, null))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(EnrollmentRules.mayEnd(CLIENT, professional, Ending.COMPLETE, false, null))
                .isEqualTo(Verdict.FORBIDDEN);
        assertThat(EnrollmentRules.mayEnd(CLIENT, professional, Ending.COMPLETE, true, null))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(EnrollmentRules.mayEnd(OTHER_TEAM, professional, Ending.COMPLETE, false, null))
                .isEqualTo(Verdict.NOT_VISIBLE);
        assertThat(EnrollmentRules.mayEnd(OTHER_CLIENT, selfCare, Ending.DISCONTINUE, false, null))
                .isEqualTo(Verdict.NOT_VISIBLE);
        assertThat(EnrollmentRules.mayEnd(NURSE, professional, Ending.EXPIRE, false, null))
                .isEqualTo(Verdict.FORBIDDEN);
        assertThat(EnrollmentRules.mayEnd(NURSE, enrollment(PathwayKind.PROFESSIONAL, EnrollmentStatus.COMPLETED),
                Ending.COMPLETE, false, null)).isEqualTo(Verdict.ILLEGAL_STATE);
    }

    @Test
    void endingAnEndedEnrollmentIsAConflictForEveryoneWhoMaySeeIt() {
        for (EnrollmentStatus ended : List.of(EnrollmentStatus.COMPLETED, EnrollmentStatus.DISCONTINUED,
                EnrollmentStatus.EXPIRED)) {
            Enrollment selfCare = enrollment(PathwayKind.SELF_CARE, ended);
            Enrollment professional = enrollment(PathwayKind.PROFESSIONAL, ended);
            for (Ending ending : List.of(Ending.COMPLETE, Ending.DISCONTINUE)) {
                assertThat(EnrollmentRules.mayEnd(CLIENT, selfCare, ending, false, null))
                        .isEqualTo(Verdict.ILLEGAL_STATE);
                assertThat(EnrollmentRules.mayEnd(CLIENT, professional, ending, false, null))
                        .isEqualTo(Verdict.ILLEGAL_STATE);
                assertThat(EnrollmentRules.mayEnd(NURSE, professional, ending, false, null))
                        .isEqualTo(Verdict.ILLEGAL_STATE);
                assertThat(EnrollmentRules.mayEnd(OTHER_TEAM, professional, ending, false, "x"))
                        .isEqualTo(Verdict.NOT_VISIBLE);
            }
        }
    }

    @Test
    void theTimelineEndsOnItsLastDay() {
        LocalDate start = LocalDate.of(2026, 2, 20);
        LocalDate end = EnrollmentRules.endsOn(start, 84);

        assertThat(end).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(EnrollmentRules.expired(end, end)).isFalse();
        assertThat(EnrollmentRules.expired(end, end.plusDays(1))).isTrue();
    }
}
