package io.frontdesk.booking.domain.slot;

import io.frontdesk.booking.domain.shared.DomainException;
import io.frontdesk.booking.domain.shared.ErrorCode;

/** The slot was taken (booked, or held for a waitlist offer) before this request could book it. */
public final class SlotUnavailableException extends DomainException {

    public SlotUnavailableException(SlotId slotId) {
        super(ErrorCode.SLOT_UNAVAILABLE, "Slot " + slotId + " is no longer available");
    }
}
