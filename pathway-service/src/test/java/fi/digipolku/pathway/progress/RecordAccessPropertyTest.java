package fi.digipolku.pathway.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import fi.digipolku.pathway.definition.PathwayKind;
import fi.digipolku.pathway.enrollment.Enrollment;
import fi.digipolku.pathway.enrollment.EnrollmentStatus;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A private entry is visible to nobody but its author, under every role and mandate: over generated enrollments,
 * records written by the client or by a guardian on the client's behalf, and every kind of caller.
 */
class RecordAccessPropertyTest {

    private static final String CHILD = "child-1";
    private static final String GUARDIAN = "guardian-1";
    private static final String TEAM = "youth-team";

    /** Who calls, relative to the record. */
    enum Who {
        CHILD, GUARDIAN_FOR_CHILD, GUARDIAN_AS_HIMSELF, NURSE_OF_TEAM, NURSE_OF_OTHER_TEAM, ADMIN, ANALYST, INTEGRATOR, OTHER_CLIENT
    }

    @Provide
    Arbitrary<Enrollment> enrollments() {
        return Arbitraries.of(PathwayKind.class).flatMap(kind -> Arbitraries.of(true, false).flatMap(
                followed -> Arbitraries.of(EnrollmentStatus.class).map(status -> {
                    Enrollment e = new Enrollment();
                    e.clientSubject = CHILD;
                    e.kind = kind;
                    e.careTeam = TEAM;
                    e.followedByTeam = kind == PathwayKind.PROFESSIONAL || followed;
                    e.status = status;
                    return e;
                })));
    }

    private static Caller caller(Who who) {
        Caller guardian = Caller.of(GUARDIAN, List.of(Role.CLIENT), List.of(), "high", List.of(CHILD));
        return switch (who) {
            case CHILD -> Caller.of(CHILD, List.of(Role.CLIENT), List.of(), "high", List.of());
            case GUARDIAN_FOR_CHILD -> guardian.actingFor(CHILD);
            case GUARDIAN_AS_HIMSELF -> guardian;
            case NURSE_OF_TEAM -> Caller.of("nurse-1", List.of(Role.PROFESSIONAL), List.of(TEAM), null, List.of());
            case NURSE_OF_OTHER_TEAM -> Caller.of("nurse-2", List.of(Role.PROFESSIONAL), List.of("bone-team"), null,
                    List.of());
            case ADMIN -> Caller.of("admin-1", List.of(Role.ADMIN), List.of(TEAM), null, List.of());
            case ANALYST -> Caller.of("analyst-1", List.of(Role.ANALYST), List.of(TEAM), null, List.of());
            case INTEGRATOR -> Caller.of("ehr", List.of(Role.INTEGRATOR), List.of(), null, List.of());
            case OTHER_CLIENT -> Caller.of("client-2", List.of(Role.CLIENT), List.of(), "high", List.of());
        };
    }

    @Property(tries = 3000)
    void aPrivateEntryIsReadByItsAuthorOnly(@ForAll("enrollments") Enrollment enrollment,
            @ForAll Who who, @ForAll boolean writtenByGuardian) {
        String author = writtenByGuardian ? GUARDIAN : CHILD;
        Caller caller = caller(who);

        boolean readable = RecordAccess.mayRead(caller, enrollment, true, author);

        boolean isAuthor = writtenByGuardian ? who == Who.GUARDIAN_FOR_CHILD : who == Who.CHILD;
        assertThat(readable).as("%s reading a private entry written by %s", who, author).isEqualTo(isAuthor);
        if (readable) {
            assertThat(caller.actor()).isEqualTo(author).isEqualTo(RecordAccess.privateReader(caller));
        }
        // the same record shared with the team is read by whoever may see the enrollment
        boolean shared = RecordAccess.mayRead(caller, enrollment, false, author);
        boolean sees = Set.of(Who.CHILD, Who.GUARDIAN_FOR_CHILD).contains(who)
                || who == Who.NURSE_OF_TEAM && enrollment.followedByTeam;
        assertThat(shared).isEqualTo(sees);
    }
}
