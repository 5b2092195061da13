package io.frontdesk.booking.domain.booking;

import io.frontdesk.booking.domain.slot.SlotId;
import java.time.Instant;
import java.util.Optional;

/** The customer did not come; the slot is released. */
public record BookingMarkedNoShow(BookingId bookingId, SlotId slotId, BookingStatus previous, Instant occurredAt)
        implements BookingEvent {

    @Override
    public Optional<BookingStatus> from() {
        return Optional.of(previous);
    }

    @Override
    public BookingStatus to() {
        return BookingStatus.NO_SHOW;
    }
}
