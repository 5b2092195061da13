package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/** A notice that a booking was created or changed, for the live views of the same tenant. */
public record BookingChange(TenantId tenantId, BookingId bookingId, BookingStatus status, Instant occurredAt) {

    public BookingChange {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(bookingId, "booking id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurred at");
    }
}
