package io.frontdesk.booking.domain.booking;

import io.frontdesk.booking.domain.slot.SlotId;
import java.time.Instant;
import java.util.Optional;

/** A booking was created and is confirmed. */
public record BookingConfirmed(BookingId bookingId, SlotId slotId, BookingSource source, Instant occurredAt)
        implements BookingEvent {

    @Override
    public Optional<BookingStatus> from() {
        return Optional.empty();
    }

    @Override
    public BookingStatus to() {
        return BookingStatus.CONFIRMED;
    }
}
