package fi.digipolku.messaging.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.digipolku.messaging.thread.MessageThread;
import fi.digipolku.messaging.thread.ThreadReadingService;
import fi.digipolku.messaging.thread.ThreadRepository;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.problem.ProblemException;

/**
 * A professional's inbox: the open threads of their teams, most urgent first. Each listed thread shows a client's
 * topic and is access-logged as a read of that client's messages.
 */
@ApplicationScoped
public class InboxService {

    static final int COUNT_CAP = 1000;

    private final InboxRepository inbox;
    private final ThreadRepository threadRows;
    private final ThreadReadingService threads;
    private final AccessLog accessLog;

    public InboxService(InboxRepository inbox, ThreadRepository threadRows, ThreadReadingService threads,
            AccessLog accessLog) {
        this.inbox = inbox;
        this.threadRows = threadRows;
        this.threads = threads;
        this.accessLog = accessLog;
    }

    /** Unread counts of one team inbox. */
    public record TeamUnread(String team, long threads, long messages) {
    }

    /** What the caller has not read, and what no one in each of their teams has seen yet. */
    public record Unread(long threads, long messages, List<TeamUnread> teams) {
    }

    @Transactional
    public Page<InboxRow> list(Caller caller, InboxView view, String team, int page, int size) {
        Set<String> teams = teams(caller, team);
        if (teams.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        InboxQuery query = InboxQuery.of(view == null ? InboxView.ALL : view, teams, caller.subject(), page, size);
        List<UUID> page0 = inbox.page(query);
        Map<UUID, MessageThread> found = new HashMap<>();
        if (!page0.isEmpty()) {
            for (MessageThread t : threadRows.withIds(page0)) {
                found.put(t.id, t);
            }
        }
        List<InboxRow> rows = new ArrayList<>();
        for (UUID id : page0) {
            MessageThread t = found.get(id);
            rows.add(new InboxRow(t.id, t.enrollmentId, t.definitionId, t.clientSubject, t.topic, t.careTeam,
                    t.inboxTeam, t.assignee, t.waitingSince != null, t.waitingSince, t.dueAt, t.overdue,
                    t.contactRequest, t.lastMessageAt, threads.unreadFor(t.id, caller.subject())));
            accessLog.record(caller, t.clientSubject, "read", "thread/" + t.id + "/inbox", "care-team inbox");
        }
        return new Page<>(rows, page, size, inbox.count(query, COUNT_CAP));
    }

    @Transactional
    public Unread unread(Caller caller) {
        Set<String> teams = teams(caller, null);
        if (teams.isEmpty()) {
            return new Unread(0, 0, List.of());
        }
        InboxRepository.UnreadCount mine = inbox.unreadBy(caller.subject(), teams);
        Map<String, TeamUnread> byTeam = new LinkedHashMap<>();
        for (String team : teams) {
            byTeam.put(team, new TeamUnread(team, 0, 0));
        }
        for (InboxRepository.TeamCount row : inbox.unseenByTeam(teams)) {
            byTeam.put(row.team(), new TeamUnread(row.team(), row.threads(), row.messages()));
        }
        return new Unread(mine.threads(), mine.messages(), List.copyOf(byTeam.values()));
    }

    /** The caller's teams, or the one asked for if the caller belongs to it. */
    private static Set<String> teams(Caller caller, String team) {
        if (team == null) {
            return new TreeSet<>(caller.teams());
        }
        if (!caller.inTeam(team)) {
            throw ProblemException.forbidden("inbox.not-team-member", team);
        }
        return Set.of(team);
    }
}
