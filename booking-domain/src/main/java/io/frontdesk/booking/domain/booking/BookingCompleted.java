package io.frontdesk.booking.domain.booking;

import io.frontdesk.booking.domain.slot.SlotId;
import java.time.Instant;
import java.util.Optional;

/** The customer came and the service was delivered; the slot stays booked. */
public record BookingCompleted(BookingId bookingId, SlotId slotId, BookingStatus previous, Instant occurredAt)
        implements BookingEvent {

    @Override
    public Optional<BookingStatus> from() {
        return Optional.of(previous);
    }

    @Override
    public BookingStatus to() {
        return BookingStatus.COMPLETED;
    }
}
