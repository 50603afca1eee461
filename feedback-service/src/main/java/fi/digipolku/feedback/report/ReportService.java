package fi.digipolku.feedback.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.digipolku.feedback.FeedbackConfig;
import fi.digipolku.feedback.response.FeedbackResponse;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/**
 * Feedback figures for analysts and admins (everything) and professionals (their own teams' pathways). Every figure
 * comes from {@link FeedbackSummary} or {@link OpenAnswers}, which suppress groups under ten answers.
 */
@ApplicationScoped
public class ReportService {

    private final EntityManager em;
    private final ZoneId zone;
    private final OpenAnswers openAnswers = new OpenAnswers();

    public ReportService(EntityManager em, FeedbackConfig config) {
        this.em = em;
        this.zone = config.zone();
    }

    /** Which responses a report covers. */
    public record Scope(UUID definitionId, String team, LocalDate from, LocalDate to) {
    }

    /** A pathway's public figures: NPS and statement means, or only that there are too few answers. */
    public record PublicSummary(UUID definitionId, String pathwayName, boolean suppressed, Long answers, Double nps,
            Map<String, Double> statementMeans) {
    }

    @Transactional
    public List<ReportGroup> groups(Caller caller, Grouping grouping, Period period, Scope scope) {
        List<FeedbackResponse> responses = responses(caller, scope);
        Map<List<Object>, List<Answer>> answers = new LinkedHashMap<>();
        Map<List<Object>, String> teams = new HashMap<>();
        for (FeedbackResponse r : responses) {
            List<Object> key = key(grouping, period, r.definitionId, r.careTeam, r.answeredOn);
            answers.computeIfAbsent(key, k -> new ArrayList<>()).add(new Answer(r.nps, r.ces, r.statements));
            teams.put(key, r.careTeam);
        }
        Map<List<Object>, Long> requests = new HashMap<>();
        for (Object[] row : requestRows(caller, scope)) {
            LocalDate requestedOn = ((java.time.Instant) row[2]).atZone(zone).toLocalDate();
            requests.merge(key(grouping, period, (UUID) row[0], (String) row[1], requestedOn), 1L, Long::sum);
        }
        Map<UUID, String> names = pathwayNames();
        List<ReportGroup> groups = new ArrayList<>();
        answers.entrySet().stream().sorted((a, b) -> a.getKey().toString().compareTo(b.getKey().toString()))
                .forEach(entry -> {
                    List<Object> key = entry.getKey();
                    UUID definition = grouping == Grouping.PATHWAY ? (UUID) key.get(0) : null;
                    String team = grouping == Grouping.PATHWAY ? teams.get(key) : (String) key.get(0);
                    groups.add(new ReportGroup(definition, definition == null ? null : names.get(definition), team,
                            (String) key.get(1), FeedbackSummary.of(entry.getValue(),
                                    Math.max(requests.getOrDefault(key, 0L), entry.getValue().size()))));
                });
        return groups;
    }

    @Transactional
    public OpenAnswers.Report openAnswers(Caller caller, Scope scope) {
        List<String> texts = responses(caller, scope).stream().map(r -> r.openAnswer).filter(Objects::nonNull)
                .toList();
        return openAnswers.analyse(texts);
    }

    /** The last twelve months of a pathway's feedback, for clients and everyone. */
    @Transactional
    public PublicSummary publicSummary(UUID definitionId) {
        LocalDate today = LocalDate.now(zone);
        List<Answer> answers = em.createQuery(
                "from FeedbackResponse where definitionId = ?1 and answeredOn > ?2", FeedbackResponse.class)
                .setParameter(1, definitionId).setParameter(2, today.minusYears(1)).getResultList().stream()
                .map(r -> new Answer(r.nps, r.ces, r.statements)).toList();
        FeedbackSummary summary = FeedbackSummary.of(answers);
        return new PublicSummary(definitionId, pathwayNames().get(definitionId), summary.suppressed(),
                summary.answers(), summary.nps(), summary.statementMeans());
    }

    /** The anonymiser's log summed over a period: responses with open text and removals per category. */
    @Transactional
    public Map<String, Object> anonymiserLog(LocalDate from, LocalDate to) {
        Map<String, Long> removed = new TreeMap<>();
        long texts = 0;
        for (Object[] row : em.createQuery(
                "select l.removed, l.loggedOn from AnonymiserLogEntry l where l.loggedOn between ?1 and ?2",
                Object[].class).setParameter(1, from).setParameter(2, to).getResultList()) {
            texts++;
            @SuppressWarnings("unchecked")
            Map<String, Integer> counts = (Map<String, Integer>) row[0];
            counts.forEach((category, count) -> removed.merge(category, count.longValue(), Long::sum));
        }
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("from", from.toString());
        log.put("to", to.toString());
        log.put("texts", texts);
        log.put("removed", removed);
        return log;
    }

    private List<FeedbackResponse> responses(Caller caller, Scope scope) {
        StringBuilder where = new StringBuilder("answeredOn between :from and :to");
        Map<String, Object> parameters = parameters(caller, scope, where, "careTeam", "definitionId");
        parameters.put("from", from(scope));
        parameters.put("to", to(scope));
        var query = em.createQuery("from FeedbackResponse where " + where, FeedbackResponse.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private List<Object[]> requestRows(Caller caller, Scope scope) {
        StringBuilder where = new StringBuilder("requestedAt >= :from and requestedAt < :to");
        Map<String, Object> parameters = parameters(caller, scope, where, "careTeam", "definitionId");
        parameters.put("from", from(scope).atStartOfDay(zone).toInstant());
        parameters.put("to", to(scope).plusDays(1).atStartOfDay(zone).toInstant());
        var query = em.createQuery("select definitionId, careTeam, requestedAt from FeedbackRequest where " + where,
                Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Restricts to the scope and, for professionals, to their own teams. */
    private static Map<String, Object> parameters(Caller caller, Scope scope, StringBuilder where, String teamField,
            String definitionField) {
        Map<String, Object> parameters = new HashMap<>();
        boolean everything = caller.hasRole(Role.ANALYST) || caller.hasRole(Role.ADMIN);
        if (scope.team() != null) {
            if (!everything && !caller.inTeam(scope.team())) {
                throw ProblemException.forbidden("You see the feedback of your own teams only.");
            }
            where.append(" and ").append(teamField).append(" = :team");
            parameters.put("team", scope.team());
        } else if (!everything) {
            where.append(" and ").append(teamField).append(" in :teams");
            parameters.put("teams", caller.teams().isEmpty() ? List.of("") : List.copyOf(caller.teams()));
        }
        if (scope.definitionId() != null) {
            where.append(" and ").append(definitionField).append(" = :definition");
            parameters.put("definition", scope.definitionId());
        }
        return parameters;
    }

    private LocalDate from(Scope scope) {
        return scope.from() == null ? LocalDate.of(2000, 1, 1) : scope.from();
    }

    private LocalDate to(Scope scope) {
        return scope.to() == null ? LocalDate.now(zone) : scope.to();
    }

    private static List<Object> key(Grouping grouping, Period period, UUID definitionId, String team,
            LocalDate day) {
        return List.of(grouping == Grouping.PATHWAY ? definitionId : team, period.label(day));
    }

    private Map<UUID, String> pathwayNames() {
        Map<UUID, String> names = new HashMap<>();
        for (Object[] row : em.createQuery(
                "select p.id.definitionId, p.name, p.id.version from PathwayVersion p order by p.id.version",
                Object[].class).getResultList()) {
            names.put((UUID) row[0], (String) row[1]);
        }
        return names;
    }
}
