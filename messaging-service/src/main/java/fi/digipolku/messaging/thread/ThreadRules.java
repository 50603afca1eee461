package fi.digipolku.messaging.thread;

import java.time.Duration;
import java.time.Instant;

import fi.digipolku.messaging.enrollment.KnownEnrollment;
import fi.digipolku.messaging.team.TeamSettings;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;

/** Who may talk in which thread, and how a message moves the promise clock. Plain rules, no I/O. */
public final class ThreadRules {

    private ThreadRules() {
    }

    /** Why a thread may or may not be opened in an enrollment's channel. */
    public enum Opening {
        ALLOWED, NOT_YOURS, NO_CHANNEL
    }

    /**
     * A client opens a thread in their own enrollment's channel; a professional opens one to a client their team
     * follows. The channel exists while the enrollment is active, followed by the team and its pathway has messaging
     * on.
     */
    public static Opening mayOpen(Caller caller, KnownEnrollment enrollment) {
        boolean own = caller.hasRole(Role.CLIENT) && caller.subject().equals(enrollment.clientSubject);
        boolean team = caller.hasRole(Role.PROFESSIONAL) && caller.inTeam(enrollment.careTeam)
                && !caller.subject().equals(enrollment.clientSubject);
        if (!own && !team) {
            return Opening.NOT_YOURS;
        }
        return enrollment.channelOpen() ? Opening.ALLOWED : Opening.NO_CHANNEL;
    }

    /** The role in which the caller takes part in the thread, or null if they may not see it. */
    public static String participation(Caller caller, MessageThread thread) {
        if (caller.hasRole(Role.CLIENT) && caller.subject().equals(thread.clientSubject)) {
            return Role.CLIENT;
        }
        if (caller.hasRole(Role.PROFESSIONAL) && !caller.subject().equals(thread.clientSubject)
                && (caller.inTeam(thread.careTeam) || caller.inTeam(thread.inboxTeam))) {
            return Role.PROFESSIONAL;
        }
        return null;
    }

    /**
     * A client message: if nothing was waiting, the promise clock starts, at the next opening when the team is closed
     * for new contacts (the message is then a contact request). A message added while one already waits changes
     * nothing.
     *
     * @return true when this message started the clock
     */
    public static boolean clientWrote(MessageThread thread, Instant sentAt, TeamSettings team) {
        if (thread.waitingSince != null) {
            return false;
        }
        thread.waitingSince = sentAt;
        thread.contactRequest = team.closedForContacts(sentAt);
        thread.clockStartedAt = team.clockStart(sentAt);
        thread.dueAt = team.dueAt(thread.clockStartedAt);
        thread.overdue = false;
        thread.breachedAt = null;
        return true;
    }

    /** The response to a waiting client message: wall-clock and working time, and whether the promise held. */
    public record Response(Duration wallClock, Duration workingTime, boolean withinPromise) {
    }

    /**
     * A professional's reply answers what was waiting: the response time is measured from the client's message in
     * wall-clock time and from the start of the promise clock in working time; the thread leaves the escalation inbox
     * and returns to its care team.
     *
     * @return the response, or null when nothing was waiting
     */
    public static Response professionalReplied(MessageThread thread, Instant sentAt, TeamSettings team) {
        if (thread.waitingSince == null) {
            return null;
        }
        Duration wallClock = Duration.between(thread.waitingSince, sentAt);
        Duration working = team.workingTimeBetween(thread.clockStartedAt, sentAt);
        Response response = new Response(wallClock.isNegative() ? Duration.ZERO : wallClock, working,
                !sentAt.isAfter(thread.dueAt));
        thread.waitingSince = null;
        thread.clockStartedAt = null;
        thread.dueAt = null;
        thread.contactRequest = false;
        thread.overdue = false;
        thread.inboxTeam = thread.careTeam;
        return response;
    }

    /**
     * The first reply that answered a waiting client message is the thread's first response, recorded on the thread
     * once: a client's message (no response) and every later reply leave it as it is.
     *
     * @param response what {@link #professionalReplied} returned, or null for a client's message
     * @return the first response now recorded, or null when this message is not it
     */
    public static ThreadView.FirstResponse firstResponse(MessageThread thread, Response response, Instant sentAt) {
        if (response == null || thread.firstResponseAt != null) {
            return null;
        }
        thread.firstResponseAt = sentAt;
        thread.firstResponseSeconds = response.wallClock().toSeconds();
        thread.firstResponseWorkingSeconds = response.workingTime().toSeconds();
        thread.firstResponseWithinPromise = response.withinPromise();
        return new ThreadView.FirstResponse(sentAt, thread.firstResponseSeconds, thread.firstResponseWorkingSeconds,
                response.withinPromise());
    }

    /**
     * A waiting thread past its due time is overdue once; it moves to the escalation team's inbox when the team has
     * one.
     *
     * @return true when the thread became overdue now
     */
    public static boolean breach(MessageThread thread, Instant now, String escalationTeam) {
        if (thread.status != ThreadStatus.OPEN || thread.overdue || thread.dueAt == null
                || thread.dueAt.isAfter(now)) {
            return false;
        }
        thread.overdue = true;
        thread.breachedAt = now;
        if (escalationTeam != null && !escalationTeam.isBlank()) {
            thread.inboxTeam = escalationTeam;
        }
        return true;
    }

    /**
     * The ETag of a thread as one reader sees it: the thread's row version, which every change of the thread moves
     * (messages, the promise clock, assignment, closing), paired with the reader's own unread count, which their read
     * marks move without touching the thread. Cantor's pairing keeps every pair apart, so two views of one reader with
     * the same ETag are the same view.
     */
    public static long viewVersion(long rowVersion, long unread) {
        long sum = rowVersion + unread;
        return sum * (sum + 1) / 2 + unread;
    }
}
