package io.frontdesk.booking.application.port.in;

/**
 * The calendar worker's one task, run on a schedule (and by tests directly): deliver the calendar jobs that are
 * due. Safe to run on several threads and instances at once; each job is delivered by one of them.
 */
public interface SyncCalendarsUseCase {

    /**
     * Delivers the due jobs, batch after batch, until none is due (a booking's later job becomes due once its
     * earlier one is settled); answers how many were handled.
     */
    int processDueJobs();
}
