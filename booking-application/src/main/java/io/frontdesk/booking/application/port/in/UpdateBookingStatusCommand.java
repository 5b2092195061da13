package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Move a booking to {@code status}; a cancellation may carry a reason. */
public record UpdateBookingStatusCommand(TenantId tenantId, ActorId actor, BookingId bookingId,
        BookingStatus status, Optional<String> cancellationReason) {

    public UpdateBookingStatusCommand {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(bookingId, "booking id");
        Objects.requireNonNull(cancellationReason, "cancellation reason");
        if (status == null) {
            throw DomainValidationException.of("status", "is required");
        }
    }
}
