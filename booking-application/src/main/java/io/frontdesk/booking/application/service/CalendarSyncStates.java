package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.CalendarSync;
import io.frontdesk.booking.application.port.out.CalendarJob;
import java.util.List;
import java.util.Optional;

/**
 * Reads a booking's calendar state from its jobs: the latest job tells, since it carries the booking's latest
 * change. Without a calendar account nothing reaches a calendar, whatever the jobs say.
 */
final class CalendarSyncStates {

    private CalendarSyncStates() {
    }

    static CalendarSync of(List<CalendarJob> jobsOldestFirst, boolean hasCalendar) {
        if (!hasCalendar || jobsOldestFirst.isEmpty()) {
            return hasCalendar ? synced(0) : CalendarSync.NOT_CONFIGURED;
        }
        CalendarJob latest = jobsOldestFirst.get(jobsOldestFirst.size() - 1);
        return switch (latest.state()) {
            case PENDING -> new CalendarSync(CalendarSync.State.PENDING, latest.lastError(), latest.attempts(),
                    Optional.of(latest.nextAttemptAt()));
            case DONE -> synced(latest.attempts());
            case FAILED -> new CalendarSync(CalendarSync.State.FAILED, latest.lastError(), latest.attempts(),
                    Optional.empty());
            case SKIPPED -> new CalendarSync(CalendarSync.State.NOT_CONFIGURED, latest.lastError(), 0,
                    Optional.empty());
        };
    }

    private static CalendarSync synced(int attempts) {
        return new CalendarSync(CalendarSync.State.SYNCED, Optional.empty(), attempts, Optional.empty());
    }
}
