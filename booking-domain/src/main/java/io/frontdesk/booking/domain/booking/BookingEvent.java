package io.frontdesk.booking.domain.booking;

import io.frontdesk.booking.domain.slot.SlotId;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened to a booking, recorded by the aggregate and turned by the application into slot
 * changes, audit entries, calendar jobs and live updates.
 */
public sealed interface BookingEvent
        permits BookingConfirmed, BookingCompleted, BookingCanceled, BookingMarkedNoShow {

    BookingId bookingId();

    SlotId slotId();

    Instant occurredAt();

    /** The status before the event; empty for the booking's creation. */
    Optional<BookingStatus> from();

    /** The status after the event. */
    BookingStatus to();
}
