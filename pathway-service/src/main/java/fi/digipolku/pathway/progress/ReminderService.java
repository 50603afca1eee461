package fi.digipolku.pathway.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.digipolku.events.PathwayEvents;
import fi.digipolku.events.PathwayEvents.ReminderDue;
import fi.digipolku.pathway.PathwayConfig;
import fi.digipolku.support.outbox.Outbox;

/**
 * Announces reminders on their day: {@code reminder.due} for each active enrollment whose reminder falls today (or
 * yesterday, if a run was missed), once per enrollment and reminder, skipping modules switched off for the client;
 * never before its day. One SQL statement ({@link ReminderRepository}) finds them through the enrollments' own
 * definition versions; its due day, the start plus the day offset, is {@link ModuleOpening#opensOn} of a reminder.
 */
@ApplicationScoped
public class ReminderService {

    private final ReminderRepository reminders;
    private final Outbox outbox;
    private final PathwayConfig config;
    private final Clock clock;

    public ReminderService(ReminderRepository reminders, Outbox outbox, PathwayConfig config, Clock clock) {
        this.reminders = reminders;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Announces the reminders due now; returns how many. */
    @Transactional
    public int announceDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        List<ReminderRepository.Announced> announced = reminders.announce(today.minusDays(1), today);
        for (ReminderRepository.Announced row : announced) {
            UUID enrollmentId = UUID.fromString(row.enrollmentId());
            outbox.publish(PathwayEvents.REMINDER_DUE, enrollmentId.toString(), new ReminderDue(enrollmentId,
                    row.moduleKey(), LocalDate.parse(row.dueOn()), UUID.fromString(row.definitionId()),
                    row.careTeam(), row.clientSubject()));
        }
        return announced.size();
    }
}
