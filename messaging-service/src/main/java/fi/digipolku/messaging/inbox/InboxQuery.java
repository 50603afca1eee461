package fi.digipolku.messaging.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inbox as SQL that stays index-backed however many threads a team has: one ordered, limited scan per team (or
 * over the caller's own threads), merged. A single {@code inbox_team IN (...)} query would have to sort every open
 * thread of all the caller's teams before it could return the first page.
 *
 * @param branches one unlimited, unordered {@code SELECT} per index scan
 */
record InboxQuery(List<String> branches, Map<String, Object> parameters, int page, int size) {

    private static final String ORDER = "due_at ASC NULLS LAST, last_message_at DESC, id";
    private static final String COLUMNS = "SELECT id, due_at, last_message_at FROM message_thread WHERE status = 'OPEN' ";

    static InboxQuery of(InboxView view, Set<String> teams, String me, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> branches = new ArrayList<>();
        if (view == InboxView.MINE) {
            parameters.put("me", me);
            parameters.put("teams", teams);
            branches.add(COLUMNS + "AND assignee = :me AND inbox_team IN (:teams)");
        } else {
            String filter = switch (view) {
                case UNANSWERED -> " AND waiting_since IS NOT NULL";
                case OVERDUE -> " AND overdue";
                default -> "";
            };
            int i = 0;
            for (String team : teams) {
                String name = "team" + i++;
                parameters.put(name, team);
                branches.add(COLUMNS + "AND inbox_team = :" + name + filter);
            }
        }
        return new InboxQuery(List.copyOf(branches), parameters, page, size);
    }

    /** The ids of one page, in inbox order. */
    String pageSql() {
        int needed = (page + 1) * size;
        return "SELECT id FROM (" + merged(" ORDER BY " + ORDER + " LIMIT " + needed) + ") inbox ORDER BY " + ORDER
                + " LIMIT " + size + " OFFSET " + page * size;
    }

    /** The ids of the matching threads, at most {@code cap} of them. */
    String countSql(int cap) {
        return "SELECT id FROM (" + merged(" LIMIT " + cap) + ") inbox LIMIT " + cap;
    }

    private String merged(String suffix) {
        return "(" + String.join(suffix + ") UNION ALL (", branches) + suffix + ")";
    }
}
