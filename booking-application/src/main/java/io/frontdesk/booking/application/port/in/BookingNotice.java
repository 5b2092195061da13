package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingStatus;
import java.time.Instant;
import java.util.Objects;

/** A booking was created (it is then confirmed) or changed to {@code status}. */
public record BookingNotice(BookingId bookingId, BookingStatus status, Instant occurredAt) {

    public BookingNotice {
        Objects.requireNonNull(bookingId, "booking id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurred at");
    }

    /** Bookings are confirmed when made and leave that status for good, so a confirmed notice is a new booking. */
    public boolean isNewBooking() {
        return status == BookingStatus.CONFIRMED;
    }
}
