package io.frontdesk.booking.domain.slot;

import io.frontdesk.booking.domain.shared.DomainException;
import io.frontdesk.booking.domain.shared.ErrorCode;

/** A slot whose start is not in the future cannot be booked or offered. */
public final class SlotInThePastException extends DomainException {

    public SlotInThePastException(SlotId slotId) {
        super(ErrorCode.SLOT_IN_THE_PAST, "Slot " + slotId + " has already started");
    }
}
