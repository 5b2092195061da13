package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.DomainException;
import io.frontdesk.booking.domain.shared.ErrorCode;

/** A retry was asked for a booking whose calendar change has not failed: it is pending, or already delivered. */
public final class NothingToRetryException extends DomainException {

    public NothingToRetryException(CalendarSync.State state) {
        super(ErrorCode.CALENDAR_NOTHING_TO_RETRY,
                "The booking's calendar change has not failed (it is " + state.value() + "); there is nothing to retry");
    }
}
