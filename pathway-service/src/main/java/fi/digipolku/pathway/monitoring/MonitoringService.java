package fi.digipolku.pathway.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.digipolku.events.PathwayEvents;
import fi.digipolku.events.PathwayEvents.MonitoringViewed;
import fi.digipolku.pathway.content.ModuleType;
import fi.digipolku.pathway.definition.DefinitionContent;
import fi.digipolku.pathway.enrollment.Enrollment;
import fi.digipolku.pathway.enrollment.EnrollmentRepository;
import fi.digipolku.pathway.enrollment.EnrollmentService;
import fi.digipolku.pathway.enrollment.EnrollmentStatus;
import fi.digipolku.pathway.progress.FlagRepository;
import fi.digipolku.pathway.progress.ProgressRecordRepository;
import fi.digipolku.pathway.progress.ProgressService;
import fi.digipolku.pathway.progress.Timeline;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.outbox.Outbox;

/**
 * The monitoring list of a professional: enrollments their teams follow, most recently active first. Every client on
 * the page is an access to that client's data and is logged.
 */
@ApplicationScoped
public class MonitoringService {

    /**
     * The total of a page is counted up to this many enrollments only (a larger total reads as this), so that the
     * list costs the same in a team of a thousand and of a hundred thousand.
     */
    static final int COUNT_CAP = 1000;

    private final EnrollmentRepository enrollments;
    private final EnrollmentService enrollmentService;
    private final ProgressService progress;
    private final FlagRepository flags;
    private final ProgressRecordRepository records;
    private final AccessLog accessLog;
    private final Outbox outbox;

    public MonitoringService(EnrollmentRepository enrollments, EnrollmentService enrollmentService,
            ProgressService progress, FlagRepository flags, ProgressRecordRepository records, AccessLog accessLog,
            Outbox outbox) {
        this.enrollments = enrollments;
        this.enrollmentService = enrollmentService;
        this.progress = progress;
        this.flags = flags;
        this.records = records;
        this.accessLog = accessLog;
        this.outbox = outbox;
    }

    @jakarta.transaction.Transactional
    public Page<MonitoringRow> list(Caller caller, UUID definitionId, EnrollmentStatus status, int page, int size) {
        List<String> teams = new ArrayList<>(caller.teams());
        if (teams.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        EnrollmentStatus wanted = status == null ? EnrollmentStatus.ACTIVE : status;
        var query = enrollments.monitored(teams, wanted, definitionId);
        // The page's records and flags are read in one query each, not one per row.
        List<Enrollment> shown = query.page(page, size).list();
        List<UUID> ids = shown.stream().map(e -> e.id).toList();
        Map<UUID, List<ProgressRecordRepository.RecordedDay>> recorded = records.recordedDays(ids);
        Map<UUID, Long> openFlags = flags.countOpen(ids);
        List<MonitoringRow> rows = new ArrayList<>();
        for (Enrollment enrollment : shown) {
            rows.add(row(enrollment, recorded.getOrDefault(enrollment.id, List.of()),
                    openFlags.getOrDefault(enrollment.id, 0L)));
        }
        accessLog.recordEach(caller, shown.stream().map(e -> new AccessLog.Access(e.clientSubject,
                "enrollment/" + e.id + "/monitoring")).toList(), "read", "care-team follow-up");
        outbox.publish(PathwayEvents.MONITORING_VIEWED, "monitoring", new MonitoringViewed(teams, rows.size()));
        return new Page<>(rows, page, size, enrollments.countMonitored(teams, wanted, definitionId, COUNT_CAP));
    }

    private MonitoringRow row(Enrollment enrollment, List<ProgressRecordRepository.RecordedDay> recorded,
            long openFlags) {
        DefinitionContent content = enrollmentService.contentOf(enrollment);
        Timeline.View timeline = progress.timeline(enrollment, content, recorded);
        long trackable = content.modules().stream()
                .filter(m -> m.type() != ModuleType.REMINDER && m.type() != ModuleType.DIARY).count();
        long done = timeline.done().stream().filter(i -> i.type() != ModuleType.REMINDER).count();
        int percent = trackable == 0 ? 0 : (int) Math.round(100.0 * done / trackable);
        int missed = timeline.overdue().stream().filter(i -> i.type() == ModuleType.MEASUREMENT)
                .mapToInt(i -> i.missed().size()).sum();
        return new MonitoringRow(enrollment.id, enrollment.definitionId, enrollment.clientSubject,
                enrollment.careTeam, enrollment.status, enrollment.startedOn, enrollment.endsOn, percent,
                enrollment.lastActivityAt, openFlags, missed);
    }
}
