package io.frontdesk.booking.app.calendar;

import io.frontdesk.booking.application.port.in.SyncCalendarsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Runs the calendar worker every {@code frontdesk.calendar.sync.interval}. Runs never overlap within one
 * instance; across instances the outbox's claims keep them apart.
 */
@ApplicationScoped
public class CalendarSyncTrigger {

    private static final Logger LOG = Logger.getLogger(CalendarSyncTrigger.class);

    private final SyncCalendarsUseCase sync;

    @Inject
    public CalendarSyncTrigger(SyncCalendarsUseCase sync) {
        this.sync = sync;
    }

    @Scheduled(identity = "calendar-sync", every = "${frontdesk.calendar.sync.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int handled = sync.processDueJobs();
        if (handled > 0) {
            LOG.debugf("Calendar sync handled %d job(s)", handled);
        }
    }
}
