package fi.digipolku.pathway.progress;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

import fi.digipolku.support.problem.OutageTolerant;

/** The scheduled work of progress: announcing the reminders that fall due. */
@ApplicationScoped
public class ProgressJobs {

    private final ReminderService reminders;

    public ProgressJobs(ReminderService reminders) {
        this.reminders = reminders;
    }

    @OutageTolerant
    @Scheduled(every = "${digipolku.pathway.reminder-interval:10m}", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void announceReminders() {
        reminders.announceDue();
    }
}
