package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A calendar change waiting in the outbox: create or delete the event of one booking. Enqueued in the booking's
 * transaction; a worker delivers it later, so a calendar can never fail or slow a booking.
 *
 * <p>Life cycle: {@code PENDING} until delivered ({@code DONE}), given up after the last allowed attempt
 * ({@code FAILED}, with the last error), or left undelivered because the staff member has no calendar
 * ({@code SKIPPED}). An admin may put a failed or skipped job back to {@code PENDING}. {@code attempts} counts
 * deliveries tried; {@code nextAttemptAt} is when a pending job is due (or until when a worker holds it).
 */
public record CalendarJob(UUID id, TenantId tenantId, BookingId bookingId, Action action, State state,
        int attempts, Instant nextAttemptAt, Optional<String> lastError, Instant createdAt) {

    public enum Action { CREATE_EVENT, DELETE_EVENT }

    public enum State { PENDING, DONE, FAILED, SKIPPED }

    public CalendarJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(bookingId, "booking id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "next attempt at");
        Objects.requireNonNull(lastError, "last error");
        Objects.requireNonNull(createdAt, "created at");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    /** A new job, due at once. */
    public static CalendarJob pending(UUID id, TenantId tenantId, BookingId bookingId, Action action, Instant now) {
        return new CalendarJob(id, tenantId, bookingId, action, State.PENDING, 0, now, Optional.empty(), now);
    }

    /** The job after a successful delivery: done, the error of earlier attempts cleared. */
    public CalendarJob delivered() {
        return new CalendarJob(id, tenantId, bookingId, action, State.DONE, attempts + 1, nextAttemptAt,
                Optional.empty(), createdAt);
    }

    /** The job after a failed delivery that will be tried again at {@code retryAt}. */
    public CalendarJob retryAt(Instant retryAt, String error) {
        return new CalendarJob(id, tenantId, bookingId, action, State.PENDING, attempts + 1, retryAt,
                Optional.of(error), createdAt);
    }

    /** The job after its last allowed delivery failed. */
    public CalendarJob gaveUp(String error) {
        return new CalendarJob(id, tenantId, bookingId, action, State.FAILED, attempts + 1, nextAttemptAt,
                Optional.of(error), createdAt);
    }

    /** The job left undelivered, for {@code reason}, without an attempt. */
    public CalendarJob skipped(String reason) {
        return new CalendarJob(id, tenantId, bookingId, action, State.SKIPPED, attempts, nextAttemptAt,
                Optional.of(reason), createdAt);
    }

    /** The job found to need no delivery (a create for a booking canceled meanwhile): done without an attempt. */
    public CalendarJob unnecessary() {
        return new CalendarJob(id, tenantId, bookingId, action, State.DONE, attempts, nextAttemptAt,
                Optional.empty(), createdAt);
    }

    /** The job due again at {@code now} with a fresh allowance of attempts; the last error stays until success. */
    public CalendarJob requeued(Instant now) {
        return new CalendarJob(id, tenantId, bookingId, action, State.PENDING, 0, now, lastError, createdAt);
    }
}
