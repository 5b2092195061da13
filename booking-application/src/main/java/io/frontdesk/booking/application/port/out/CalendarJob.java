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
 */
public record CalendarJob(UUID id, TenantId tenantId, BookingId bookingId, Action action, State state,
        int attempts, Instant nextAttemptAt, Optional<String> lastError, Instant createdAt) {

    public enum Action { CREATE_EVENT, DELETE_EVENT }

    public enum State { PENDING, DONE, FAILED }

    public CalendarJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(bookingId, "booking id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "next attempt at");
        Objects.requireNonNull(lastError, "last error");
        Objects.requireNonNull(createdAt, "created at");
    }

    /** A new job, due at once. */
    public static CalendarJob pending(UUID id, TenantId tenantId, BookingId bookingId, Action action, Instant now) {
        return new CalendarJob(id, tenantId, bookingId, action, State.PENDING, 0, now, Optional.empty(), now);
    }
}
