package io.frontdesk.booking.application.port.in;

import java.util.List;

/** The slots a customer can be booked into now: open and starting in the future, earliest first. */
public interface FindOpenSlotsUseCase {

    List<SlotView> openSlots(OpenSlotsQuery query);
}
