package fi.digipolku.messaging.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.digipolku.messaging.enrollment.KnownEnrollment;
import fi.digipolku.messaging.promise.PromiseUnit;
import fi.digipolku.messaging.team.TeamSettings;
import fi.digipolku.support.identity.Caller;

class ThreadRulesTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** 2 working days, work 8–16, contacts taken Mon–Fri 9–15. */
    private static final TeamSettings TEAM = TeamSettings.defaults("weight-team", 2, PromiseUnit.WORKING_DAYS,
            LocalTime.of(8, 0), LocalTime.of(16, 0), HELSINKI,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(15, 0));

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, HELSINKI).toInstant();
    }

    private static Caller client(String subject) {
        return Caller.of(subject, Set.of("client"), Set.of(), "substantial", Set.of());
    }

    private static Caller professional(String subject, String... teams) {
        return Caller.of(subject, Set.of("professional"), Set.of(teams), null, Set.of());
    }

    private static KnownEnrollment enrollment(boolean active, boolean messaging, boolean followed) {
        KnownEnrollment e = new KnownEnrollment();
        e.id = UUID.randomUUID();
        e.clientSubject = "client-1";
        e.careTeam = "weight-team";
        e.active = active;
        e.messagingEnabled = messaging;
        e.followedByTeam = followed;
        return e;
    }

    private static MessageThread thread() {
        MessageThread t = new MessageThread();
        t.id = UUID.randomUUID();
        t.clientSubject = "client-1";
        t.careTeam = "weight-team";
        t.inboxTeam = "weight-team";
        t.status = ThreadStatus.OPEN;
        return t;
    }

    @Test
    void theClientAndTheFollowingTeamMayOpenAThreadInAnOpenChannelOnly() {
        KnownEnrollment open = enrollment(true, true, true);
        assertThat(ThreadRules.mayOpen(client("client-1"), open)).isEqualTo(ThreadRules.Opening.ALLOWED);
        assertThat(ThreadRules.mayOpen(professional("nurse", "weight-team"), open))
                .isEqualTo(ThreadRules.Opening.ALLOWED);
        assertThat(ThreadRules.mayOpen(client("client-2"), open)).isEqualTo(ThreadRules.Opening.NOT_YOURS);
        assertThat(ThreadRules.mayOpen(professional("physio", "osteoporosis-team"), open))
                .isEqualTo(ThreadRules.Opening.NOT_YOURS);
        assertThat(ThreadRules.mayOpen(client("client-1"), enrollment(false, true, true)))
                .isEqualTo(ThreadRules.Opening.NO_CHANNEL);
        assertThat(ThreadRules.mayOpen(client("client-1"), enrollment(true, false, true)))
                .isEqualTo(ThreadRules.Opening.NO_CHANNEL);
        assertThat(ThreadRules.mayOpen(client("client-1"), enrollment(true, true, false)))
                .isEqualTo(ThreadRules.Opening.NO_CHANNEL);
    }

    @Test
    void theEscalationTeamTakesPartButNoOneElse() {
        MessageThread t = thread();
        t.inboxTeam = "duty-team";
        assertThat(ThreadRules.participation(client("client-1"), t)).isEqualTo("client");
        assertThat(ThreadRules.participation(professional("nurse", "weight-team"), t)).isEqualTo("professional");
        assertThat(ThreadRules.participation(professional("duty", "duty-team"), t)).isEqualTo("professional");
        assertThat(ThreadRules.participation(professional("physio", "osteoporosis-team"), t)).isNull();
        assertThat(ThreadRules.participation(client("client-2"), t)).isNull();
        assertThat(ThreadRules.participation(professional("client-1", "weight-team"), t)).isNull();
    }

    @Test
    void aClientMessageInOpeningHoursStartsTheClockAtOnce() {
        MessageThread t = thread();
        Instant tuesday = at(2026, 11, 24, 10, 0);
        assertThat(ThreadRules.clientWrote(t, tuesday, TEAM)).isTrue();
        assertThat(t.contactRequest).isFalse();
        assertThat(t.clockStartedAt).isEqualTo(tuesday);
        assertThat(t.dueAt).isEqualTo(at(2026, 11, 26, 10, 0));
        assertThat(ThreadRules.clientWrote(t, tuesday.plusSeconds(600), TEAM)).isFalse();
        assertThat(t.waitingSince).isEqualTo(tuesday);
    }

    @Test
    void aFridayEveningMessageIsAContactRequestWhoseClockStartsOnMondayMorning() {
        MessageThread t = thread();
        ThreadRules.clientWrote(t, at(2026, 11, 27, 19, 30), TEAM);
        assertThat(t.contactRequest).isTrue();
        assertThat(t.clockStartedAt).isEqualTo(at(2026, 11, 30, 9, 0));
        assertThat(t.dueAt).isEqualTo(at(2026, 12, 2, 9, 0));
    }

    @Test
    void aContactRequestBeforeIndependenceDayWaitsForTheNextWorkingDay() {
        MessageThread t = thread();
        ThreadRules.clientWrote(t, at(2027, 12, 3, 16, 0), TEAM);
        assertThat(t.clockStartedAt).isEqualTo(at(2027, 12, 7, 9, 0));
        assertThat(t.dueAt).isEqualTo(at(2027, 12, 9, 9, 0));
    }

    @Test
    void aReplyMeasuresWallClockFromTheMessageAndWorkingTimeFromTheClockStart() {
        MessageThread t = thread();
        ThreadRules.clientWrote(t, at(2026, 11, 27, 19, 30), TEAM);
        ThreadRules.Response response = ThreadRules.professionalReplied(t, at(2026, 11, 30, 11, 0), TEAM);
        assertThat(response.wallClock()).isEqualTo(Duration.ofHours(63).plusMinutes(30));
        assertThat(response.workingTime()).isEqualTo(Duration.ofHours(2));
        assertThat(response.withinPromise()).isTrue();
        assertThat(t.waitingSince).isNull();
        assertThat(t.dueAt).isNull();
        assertThat(ThreadRules.professionalReplied(t, at(2026, 11, 30, 12, 0), TEAM)).isNull();
    }

    @Test
    void aLateReplyBreaksThePromise() {
        MessageThread t = thread();
        ThreadRules.clientWrote(t, at(2026, 11, 24, 10, 0), TEAM);
        ThreadRules.Response response = ThreadRules.professionalReplied(t, at(2026, 11, 26, 10, 1), TEAM);
        assertThat(response.withinPromise()).isFalse();
        assertThat(response.workingTime()).isEqualTo(Duration.ofHours(16).plusMinutes(1));
    }

    @Test
    void theFirstReplyToAWaitingMessageIsRecordedAsTheFirstResponse() {
        MessageThread t = thread();
        ThreadRules.clientWrote(t, at(2026, 11, 24, 10, 0), TEAM);
        Instant reply = at(2026, 11, 24, 13, 30);
        ThreadRules.Response response = ThreadRules.professionalReplied(t, reply, TEAM);

        ThreadView.FirstResponse first = ThreadRules.firstResponse(t, response, reply);

        assertThat(first).isEqualTo(new ThreadView.FirstResponse(reply, 12_600, 12_600, true));
        assertThat(t.firstResponseAt).isEqualTo(reply);
        assertThat(t.firstResponseSeconds).isEqualTo(12_600);
        assertThat(t.firstResponseWorkingSeconds).isEqualTo(12_600);
        assertThat(t.firstResponseWithinPromise).isTrue();
    }

    @Test
    void aLaterReplyLeavesTheFirstResponseAsItWas() {
        MessageThread t = thread();
        ThreadRules.clientWrote(t, at(2026, 11, 24, 10, 0), TEAM);
        Instant firstReply = at(2026, 11, 24, 11, 0);
        ThreadRules.firstResponse(t, ThreadRules.professionalReplied(t, firstReply, TEAM), firstReply);
        ThreadRules.clientWrote(t, at(2026, 11, 25, 10, 0), TEAM);
        Instant lateReply = at(2026, 11, 30, 10, 0);
        ThreadRules.Response late = ThreadRules.professionalReplied(t, lateReply, TEAM);

        assertThat(late.withinPromise()).isFalse();
        assertThat(ThreadRules.firstResponse(t, late, lateReply)).isNull();
        assertThat(t.firstResponseAt).isEqualTo(firstReply);
        assertThat(t.firstResponseSeconds).isEqualTo(3_600);
        assertThat(t.firstResponseWorkingSeconds).isEqualTo(3_600);
        assertThat(t.firstResponseWithinPromise).isTrue();
    }

    @Test
    void aClientMessageOrAReplyWithNothingWaitingIsNoFirstResponse() {
        MessageThread t = thread();
        Instant sent = at(2026, 11, 24, 10, 0);
        ThreadRules.clientWrote(t, sent, TEAM);
        assertThat(ThreadRules.firstResponse(t, null, sent)).isNull();
        assertThat(t.firstResponseAt).isNull();

        MessageThread openedByTheTeam = thread();
        Instant contact = at(2026, 11, 24, 9, 0);
        ThreadRules.Response nothingWaiting = ThreadRules.professionalReplied(openedByTheTeam, contact, TEAM);
        assertThat(ThreadRules.firstResponse(openedByTheTeam, nothingWaiting, contact)).isNull();
        assertThat(openedByTheTeam.firstResponseAt).isNull();
        assertThat(openedByTheTeam.firstResponseSeconds).isNull();
    }

    @Test
    void aThreadPastItsDueTimeBreachesOnceAndMovesToTheEscalationTeam() {
        MessageThread t = thread();
        ThreadRules.clientWrote(t, at(2026, 11, 24, 10, 0), TEAM);
        assertThat(ThreadRules.breach(t, at(2026, 11, 26, 9, 59), "duty-team")).isFalse();
        assertThat(ThreadRules.breach(t, at(2026, 11, 26, 10, 0), "duty-team")).isTrue();
        assertThat(t.overdue).isTrue();
        assertThat(t.inboxTeam).isEqualTo("duty-team");
        assertThat(ThreadRules.breach(t, at(2026, 11, 26, 11, 0), "duty-team")).isFalse();

        ThreadRules.professionalReplied(t, at(2026, 11, 26, 12, 0), TEAM);
        assertThat(t.overdue).isFalse();
        assertThat(t.inboxTeam).isEqualTo("weight-team");
    }

    @Test
    void withoutAnEscalationTeamAnOverdueThreadStaysWithItsTeam() {
        MessageThread t = thread();
        ThreadRules.clientWrote(t, at(2026, 11, 24, 10, 0), TEAM);
        assertThat(ThreadRules.breach(t, at(2026, 11, 27, 10, 0), null)).isTrue();
        assertThat(t.inboxTeam).isEqualTo("weight-team");
    }

    @Test
    void closedOrAnsweredThreadsNeverBreach() {
        MessageThread answered = thread();
        assertThat(ThreadRules.breach(answered, at(2026, 11, 27, 10, 0), "duty-team")).isFalse();
        MessageThread closed = thread();
        ThreadRules.clientWrote(closed, at(2026, 11, 24, 10, 0), TEAM);
        closed.status = ThreadStatus.CLOSED;
        assertThat(ThreadRules.breach(closed, at(2026, 12, 24, 10, 0), "duty-team")).isFalse();
    }

    @Test
    void everyRowVersionAndUnreadCountHaveAnETagOfTheirOwn() {
        Set<Long> seen = new HashSet<>();
        for (long version = 0; version < 200; version++) {
            for (long unread = 0; unread < 200; unread++) {
                assertThat(seen.add(ThreadRules.viewVersion(version, unread))).as(version + "/" + unread).isTrue();
            }
        }
        assertThat(ThreadRules.viewVersion(0, 0)).isZero();
        assertThat(ThreadRules.viewVersion(1, 0)).isNotEqualTo(ThreadRules.viewVersion(0, 1));
        assertThat(ThreadRules.viewVersion(3_000_000_000L, 10_000)).isPositive();
    }
}
