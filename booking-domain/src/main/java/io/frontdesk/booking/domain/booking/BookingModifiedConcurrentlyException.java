package io.frontdesk.booking.domain.booking;

import io.frontdesk.booking.domain.shared.DomainException;
import io.frontdesk.booking.domain.shared.ErrorCode;

/** Someone else changed the booking between this request's read and its write; the request changed nothing. */
public final class BookingModifiedConcurrentlyException extends DomainException {

    public BookingModifiedConcurrentlyException(BookingId id) {
        super(ErrorCode.BOOKING_MODIFIED_CONCURRENTLY, "Booking " + id + " was changed by someone else; reload it");
    }
}
