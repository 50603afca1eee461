package fi.digipolku.feedback.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.digipolku.feedback.FeedbackConfig;
import fi.digipolku.feedback.pathway.PathwayVersionRepository;
import fi.digipolku.feedback.report.Disclosure.Cell;
import fi.digipolku.feedback.report.Disclosure.Span;
import fi.digipolku.feedback.request.FeedbackRequestRepository;
import fi.digipolku.feedback.response.AnonymiserLogRepository;
import fi.digipolku.feedback.response.FeedbackResponseRepository;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/**
 * Feedback figures for analysts and admins (everything) and professionals (their own teams' pathways). Every figure
 * comes from one {@link Publication} of all stored answers, so {@link Disclosure}'s rule holds across every report,
 * filter and caller; only ended calendar periods are reported, so figures never change once shown.
 */
@ApplicationScoped
public class ReportService {

    private final FeedbackResponseRepository responses;
    private final FeedbackRequestRepository requests;
    private final PathwayVersionRepository pathways;
    private final AnonymiserLogRepository anonymiserLog;
    private final ZoneId zone;
    private final Clock clock;
    private final OpenAnswers openAnswers = new OpenAnswers();

    public ReportService(FeedbackResponseRepository responses, FeedbackRequestRepository requests,
            PathwayVersionRepository pathways, AnonymiserLogRepository anonymiserLog, FeedbackConfig config,
            Clock clock) {
        this.responses = responses;
        this.requests = requests;
        this.pathways = pathways;
        this.anonymiserLog = anonymiserLog;
        this.zone = config.zone();
        this.clock = clock;
    }

    /** Which groups a report covers: filters on the team and pathway, and the periods overlapping from–to. */
    public record Filter(UUID definitionId, String team, LocalDate from, LocalDate to) {
    }

    /**
     * A pathway's public figures over the last ended calendar year: NPS and statement means, or only that they are
     * withheld.
     */
    public record PublicSummary(UUID definitionId, String pathwayName, String period, boolean suppressed,
            Long answers, Double nps, Map<String, Double> statementMeans) {
    }

    /**
     * What the anonymiser removed from the open answers of one ended month, or only that it is withheld: per category,
     * the number of texts it removed something from ({@code null} when those texts, or the other texts, are 1–9,
     * {@link Suppression#partitionShown}). Texts, not removals: a sum of removals over ten texts could say that one
     * text held two names.
     */
    public record AnonymiserLog(String month, boolean suppressed, Long texts, Map<String, Long> textsWithRemovals) {
    }

    @Transactional
    public List<ReportGroup> groups(Caller caller, Grouping grouping, Period period,
            Filter filter) {
        LocalDate lastEnded = lastEndedDay();
        Publication publication = publication(lastEnded);
        Map<Cell, Long> requests = requests(lastEnded);
        Map<UUID, String> names = pathwayNames();
        int depth = grouping == Grouping.PATHWAY ? 2 : 1;
        List<ReportGroup> groups = new ArrayList<>();
        for (Cell cell : publication.cells()) {
            if (cell.scope().depth() != depth || cell.span().length() != period || !visible(caller, cell, filter)) {
                continue;
            }
            UUID definition = cell.scope().definitionId();
            groups.add(new ReportGroup(definition, definition == null ? null : names.get(definition),
                    cell.scope().team(), cell.span().label(),
                    publication.summary(cell, requests.getOrDefault(cell, 0L))));
        }
        return groups;
    }

    @Transactional
    public OpenAnswers.Report openAnswers(Caller caller, UUID definitionId, String team, Span span) {
        if (team != null) {
            allowed(caller, team);
        }
        LocalDate lastEnded = lastEndedDay();
        if (span.last().isAfter(lastEnded)) {
            throw ProblemException.invalid("period", "report.period-not-ended");
        }
        Publication publication = publication(lastEnded);
        List<Cell> cells = publication.cells().stream()
                .filter(c -> c.span().equals(span) && (definitionId == null
                        ? c.scope().depth() == 1
                        : c.scope().depth() == 2 && definitionId.equals(c.scope().definitionId()))
                        && (team == null || team.equals(c.scope().team())) && mayRead(caller, c.scope().team()))
                .toList();
        if (cells.size() > 1) {
            throw ProblemException.invalid("team", "report.team-needed");
        }
        return cells.isEmpty() ? OpenAnswers.Report.SUPPRESSED : publication.openAnswers(cells.get(0), openAnswers);
    }

    /** The last ended calendar year of a pathway's feedback, for clients and everyone. */
    @Transactional
    public PublicSummary publicSummary(UUID definitionId) {
        LocalDate lastEnded = lastEndedDay();
        Span year = Span.of(Period.YEAR, today().minusYears(1));
        Publication publication = publication(lastEnded);
        List<Cell> cells = publication.cells().stream()
                .filter(c -> c.span().equals(year) && definitionId.equals(c.scope().definitionId())).toList();
        FeedbackSummary summary = cells.size() == 1
                ? publication.summary(cells.get(0), null)
                : FeedbackSummary.withheld();
        return new PublicSummary(definitionId, pathwayNames().get(definitionId), year.label(), summary.suppressed(),
                summary.answers(), summary.nps(), summary.statementMeans());
    }

    /** The anonymiser's log of one ended month: open answers anonymised and, per category, those it removed from. */
    @Transactional
    public AnonymiserLog anonymiserLog(Span month) {
        LocalDate lastEnded = lastEndedDay();
        if (month.last().isAfter(lastEnded)) {
            throw ProblemException.invalid("month", "report.month-not-ended");
        }
        if (!publication(lastEnded).textsPublished(new Cell(Disclosure.Scope.ORGANISATION, month))) {
            return new AnonymiserLog(month.label(), true, null, null);
        }
        Map<String, Long> textsWith = new TreeMap<>();
        long texts = 0;
        for (AnonymiserLogRepository.Removals entry : anonymiserLog.loggedBetween(month.first(), month.last())) {
            texts++;
            entry.removed().forEach((category, count) -> textsWith.merge(category, count > 0 ? 1L : 0L, Long::sum));
        }
        long all = texts;
        textsWith.replaceAll((category, with) -> Suppression.partitionShown(with, all - with) ? with : null);
        return new AnonymiserLog(month.label(), false, texts, textsWith);
    }

    /** The last ended month, the default period of the reports. */
    public Span lastEndedMonth() {
        return Span.of(Period.MONTH, lastEndedDay());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The last day of the last ended month: reports never show a period that can still change. */
    private LocalDate lastEndedDay() {
        return today().withDayOfMonth(1).minusDays(1);
    }

    private Publication publication(LocalDate lastEnded) {
        List<Publication.Row> rows = responses.answeredUpTo(lastEnded).stream()
                .map(r -> new Publication.Row(r.careTeam, r.definitionId, r.answeredOn,
                        new Answer(r.nps, r.ces, r.statements, r.openAnswer)))
                .toList();
        return Publication.of(rows, lastEnded);
    }

    /** Feedback requests sent per team and pathway cell, for the response rate. */
    private Map<Cell, Long> requests(LocalDate lastEnded) {
        Map<Cell, Long> counts = new HashMap<>();
        for (FeedbackRequestRepository.Requested request : requests
                .requestedBefore(lastEnded.plusDays(1).atStartOfDay(zone).toInstant())) {
            LocalDate day = request.requestedAt().atZone(zone).toLocalDate();
            for (Cell cell : Publication.cells(
                    new Publication.Row(request.careTeam(), request.definitionId(), day, null), lastEnded)) {
                counts.merge(cell, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static boolean visible(Caller caller, Cell cell, Filter filter) {
        String team = cell.scope().team();
        if (filter.team() != null) {
            allowed(caller, filter.team());
            if (!filter.team().equals(team)) {
                return false;
            }
        }
        if (filter.definitionId() != null && !filter.definitionId().equals(cell.scope().definitionId())) {
            return false;
        }
        if (filter.from() != null && cell.span().last().isBefore(filter.from())
                || filter.to() != null && cell.span().first().isAfter(filter.to())) {
            return false;
        }
        return mayRead(caller, team);
    }

    private static boolean mayRead(Caller caller, String team) {
        return caller.hasRole(Role.ANALYST) || caller.hasRole(Role.ADMIN) || caller.inTeam(team);
    }

    private static void allowed(Caller caller, String team) {
        if (!mayRead(caller, team)) {
            throw ProblemException.forbidden("report.own-teams-only");
        }
    }

    private Map<UUID, String> pathwayNames() {
        Map<UUID, String> names = new HashMap<>();
        for (PathwayVersionRepository.VersionName version : pathways.names()) {
            names.put(version.definitionId(), version.name());
        }
        return names;
    }
}
