package io.frontdesk.booking.domain.booking;

import io.frontdesk.booking.domain.slot.SlotId;
import java.time.Instant;
import java.util.Optional;

/** The booking was canceled, with an optional reason; the slot is released. */
public record BookingCanceled(BookingId bookingId, SlotId slotId, BookingStatus previous, Optional<String> reason,
        Instant occurredAt) implements BookingEvent {

    @Override
    public Optional<BookingStatus> from() {
        return Optional.of(previous);
    }

    @Override
    public BookingStatus to() {
        return BookingStatus.CANCELED;
    }
}
