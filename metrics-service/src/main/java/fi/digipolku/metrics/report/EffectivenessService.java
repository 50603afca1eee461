package fi.digipolku.metrics.report;

import static fi.digipolku.metrics.intake.Contributions.BREACHES;
import static fi.digipolku.metrics.intake.Contributions.CLIENT_CONTACTS;
import static fi.digipolku.metrics.intake.Contributions.COMPLETED;
import static fi.digipolku.metrics.intake.Contributions.CONTENT_VIEWS;
import static fi.digipolku.metrics.intake.Contributions.DISCONTINUED;
import static fi.digipolku.metrics.intake.Contributions.EXPIRED;
import static fi.digipolku.metrics.intake.Contributions.FIRST_RESPONSES;
import static fi.digipolku.metrics.intake.Contributions.MESSAGES_FROM_CLIENTS;
import static fi.digipolku.metrics.intake.Contributions.MESSAGES_FROM_PROFESSIONALS;
import static fi.digipolku.metrics.intake.Contributions.MONITORING_VIEWS;
import static fi.digipolku.metrics.intake.Contributions.QUESTIONNAIRES;
import static fi.digipolku.metrics.intake.Contributions.STARTED;
import static fi.digipolku.metrics.intake.Contributions.WITHIN_PROMISE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.digipolku.metrics.MetricsConfig;
import fi.digipolku.metrics.intake.AggregateService;
import fi.digipolku.metrics.report.EffectivenessRepository.DailyCount;
import fi.digipolku.metrics.report.EffectivenessRepository.Enrollments;
import fi.digipolku.metrics.report.EffectivenessRepository.Facts;
import fi.digipolku.metrics.report.EffectivenessRepository.Figures;
import fi.digipolku.metrics.report.EffectivenessRepository.PathwayFigures;
import fi.digipolku.metrics.report.EffectivenessRepository.Percentiles;
import fi.digipolku.metrics.report.EffectivenessRepository.PromChange;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/**
 * The effectiveness report: counts from the daily aggregates, and medians, percentiles, distinct clients and
 * client-answer figures from the stored facts. Analysts and admins see every team, professionals their own.
 */
@ApplicationScoped
public class EffectivenessService {

    private final EffectivenessRepository repository;
    private final MetricsConfig config;
    private final Clock clock;

    public EffectivenessService(EffectivenessRepository repository, MetricsConfig config, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
    }

    /** Which pathways, teams and days a report covers. */
    public record Scope(UUID definitionId, String team, LocalDate from, LocalDate to) {
    }

    /** One row to compute: a series in one period, with the moment its answers closed (or null). */
    private record Cell(Series series, ReportPeriod.Span span, Instant answersClosed) {

        Facts facts() {
            return new Facts(series.definitionId(), series.team(), span.start(), span.end(), answersClosed);
        }
    }

    /** The daily counts of one pathway and team. */
    private record Series(String definitionId, String team, Map<String, TreeMap<LocalDate, Long>> metrics) {

        long sum(String metric, LocalDate from, LocalDate to) {
            TreeMap<LocalDate, Long> days = metrics.get(metric);
            return days == null
                    ? 0
                    : days.subMap(from, true, to, true).values().stream().mapToLong(Long::longValue)
                            .sum();
        }
    }

    /**
     * One page of the report: rows ordered by pathway name, team and period start; {@code total} counts every row.
     * Only the rows of the page are computed.
     */
    @Transactional
    public Page<EffectivenessRow> report(Caller caller, ReportPeriod period, Scope requested, int page, int size) {
        Scope scope = scopeFor(caller, requested);
        Map<String, PathwayFigures> pathways = pathways();
        List<Series> series = new ArrayList<>(series(caller, scope).values());
        series.sort(Comparator.comparing((Series s) -> String.valueOf(name(pathways.get(s.definitionId()))))
                .thenComparing(Series::team).thenComparing(Series::definitionId));
        List<ReportPeriod.Span> spans = period.spans(scope.from(), scope.to());
        long total = (long) series.size() * spans.size();
        List<Cell> cells = new ArrayList<>();
        for (long i = (long) page * size; i < Math.min(total, (long) page * size + size); i++) {
            Series s = series.get((int) (i / spans.size()));
            ReportPeriod.Span span = spans.get((int) (i % spans.size()));
            Instant closed = period == ReportPeriod.MONTH ? config.answersClose(YearMonth.from(span.start())) : null;
            cells.add(new Cell(s, span, closed != null && !clock.instant().isBefore(closed) ? closed : null));
        }
        List<Figures> figures = repository.figures(cells.stream().map(Cell::facts).toList());
        List<EffectivenessRow> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            rows.add(row(cell.series(), pathways.get(cell.series().definitionId()), cell.span(), cell.answersClosed(),
                    figures.get(i)));
        }
        return new Page<>(rows, page, size, total);
    }

    /** How many rows the report has, without computing them. */
    @Transactional
    public long rows(Caller caller, ReportPeriod period, Scope requested) {
        Scope scope = scopeFor(caller, requested);
        return (long) series(caller, scope).size() * period.spans(scope.from(), scope.to()).size();
    }

    private static String name(PathwayFigures pathway) {
        return pathway == null ? null : pathway.name();
    }

    /** Views per content item of one pathway: how often and by how many clients. */
    @Transactional
    public List<ContentViews> contentViews(Caller caller, Scope requested) {
        Scope scope = scopeFor(caller, requested);
        if (scope.definitionId() == null) {
            throw ProblemException.invalid("definitionId", "report.definition-id-required");
        }
        return repository.contentViews(scope.definitionId(), scope.from(), scope.to(), visibleTeams(caller));
    }

    /**
     * One row; {@code answersClosed} is the moment up to which the figures from clients' own answers are counted, or
     * null when they are not shown: only in calendar months whose answers have closed
     * ({@link MetricsConfig#answersClose}), counted from the facts received by then. Such months never overlap and their
     * figures never change, so no two rows or readings can be subtracted to isolate a few answers.
     */
    private EffectivenessRow row(Series s, PathwayFigures pathway, ReportPeriod.Span span, Instant answersClosed,
            Figures figures) {
        LocalDate from = span.start();
        LocalDate to = span.end();
        boolean hasPathway = !s.definitionId().equals(AggregateService.NO_DEFINITION);
        long started = s.sum(STARTED, from, to);
        long completed = s.sum(COMPLETED, from, to);
        long discontinued = s.sum(DISCONTINUED, from, to);
        long expired = s.sum(EXPIRED, from, to);
        long ended = completed + discontinued + expired;
        // The enrollments this service saw start, each once: running at the end of the period, running at some time
        // in it, and of the latter those with an on-schedule measurement in the period (a subset by construction).
        Enrollments enrollments = figures.enrollments();
        long active = enrollments.running();

        var organisation = new EffectivenessRow.Organisation(active, started, completed, discontinued, expired,
                Shares.of(completed, ended), Shares.of(discontinued, ended),
                !hasPathway ? null : figures.medianDurationDays());
        long contacts = s.sum(CLIENT_CONTACTS, from, to);
        long firstResponses = s.sum(FIRST_RESPONSES, from, to);
        Percentiles percentiles = !hasPathway ? new Percentiles(null, null) : figures.firstResponses();
        int measurementModules = pathway == null ? 0 : pathway.measurementModules();
        Double adherence = hasPathway && measurementModules > 0
                ? Shares.of(enrollments.measuredOnSchedule(), enrollments.runningInPeriod())
                : null;
        var professional = new EffectivenessRow.Professional(s.sum(MESSAGES_FROM_CLIENTS, from, to),
                s.sum(MESSAGES_FROM_PROFESSIONALS, from, to), contacts, Guard.ratio(contacts, active),
                percentiles.median(), percentiles.p90(), Shares.of(s.sum(WITHIN_PROMISE, from, to),
                        firstResponses),
                s.sum(BREACHES, from, to), s.sum(MONITORING_VIEWS, from, to), adherence);
        return new EffectivenessRow(hasPathway ? UUID.fromString(s.definitionId()) : null, name(pathway), s.team(),
                from, to, organisation, professional,
                client(s, hasPathway ? figures : null, pathway, from, to, answersClosed != null));
    }

    private EffectivenessRow.Client client(Series s, Figures figures, PathwayFigures pathway, LocalDate from,
            LocalDate to,
            boolean answersShown) {
        List<String> suppressed = new ArrayList<>();
        Double responseRate = null;
        Double prom = null;
        if (figures != null) {
            int questionnaires = pathway == null ? 0 : pathway.questionnaireModules();
            if (questionnaires > 0) {
                long ended = 0;
                long answered = 0;
                for (long distinctAnswered : figures.questionnairesAnsweredPerEnded()) {
                    ended++;
                    answered += Shares.answeredOfDue(distinctAnswered, questionnaires);
                }
                responseRate = Shares.of(answered, ended * questionnaires);
            }
        }
        if (figures != null && !answersShown) {
            suppressed.add("promChange");
        } else if (figures != null) {
            PromChange change = figures.promChange();
            if (Guard.suppressed(change.contributors())) {
                suppressed.add("promChange");
            } else {
                prom = round(change.mean() == null ? null : change.mean().doubleValue());
            }
        }
        return new EffectivenessRow.Client(s.sum(CONTENT_VIEWS, from, to), s.sum(QUESTIONNAIRES, from, to),
                responseRate, prom, List.copyOf(suppressed));
    }

    private Map<List<String>, Series> series(Caller caller, Scope scope) {
        Map<List<String>, Series> series = new HashMap<>();
        for (DailyCount count : repository.dailyCounts(scope.to(), scope.definitionId(), scope.team(),
                visibleTeams(caller))) {
            series.computeIfAbsent(List.of(count.definitionId(), count.team()),
                    k -> new Series(count.definitionId(), count.team(), new HashMap<>()))
                    .metrics().computeIfAbsent(count.metric(), k -> new TreeMap<>())
                    .merge(count.day(), count.value(), Long::sum);
        }
        return series;
    }

    /** Latest name, questionnaire modules and measurement modules of every pathway, by definition id. */
    private Map<String, PathwayFigures> pathways() {
        Map<String, PathwayFigures> pathways = new HashMap<>();
        for (PathwayFigures pathway : repository.pathways()) {
            pathways.put(pathway.definitionId(), pathway);
        }
        return pathways;
    }

    /** The teams a caller may see, or null for all of them. */
    private static List<String> visibleTeams(Caller caller) {
        if (caller.hasRole(Role.ANALYST) || caller.hasRole(Role.ADMIN)) {
            return null;
        }
        return caller.teams().isEmpty() ? List.of("") : List.copyOf(caller.teams());
    }

    private Scope scopeFor(Caller caller, Scope scope) {
        if (scope.team() != null && visibleTeams(caller) != null && !caller.inTeam(scope.team())) {
            throw ProblemException.forbidden("report.own-teams-only");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        LocalDate to = scope.to() == null ? today : scope.to();
        LocalDate from = scope.from() == null ? to.minusMonths(3).withDayOfMonth(1) : scope.from();
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "report.to-before-from");
        }
        if (from.plusYears(3).isBefore(to)) {
            throw ProblemException.invalid("from", "report.at-most-three-years");
        }
        return new Scope(scope.definitionId(), scope.team(), from, to);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
