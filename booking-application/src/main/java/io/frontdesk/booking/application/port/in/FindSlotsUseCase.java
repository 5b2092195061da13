package io.frontdesk.booking.application.port.in;

import java.util.List;

/**
 * Slots of a tenant, earliest first. Asked for {@code OPEN} slots — the create-booking flow's question — it answers
 * with the slots bookable now: open, starting in the future, of active staff members.
 */
public interface FindSlotsUseCase {

    /**
     * @throws io.frontdesk.booking.domain.shared.NotFoundException when the query names a service or staff member
     *     the tenant does not have
     */
    List<SlotView> slots(SlotsQuery query);
}
