package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.SlotId;

/**
 * Admins open bookable time: single slots, weekly patterns, and the removal of slots nobody has taken. A new slot
 * is offered to the waitlist at once: when somebody waits for it, it comes back held for them.
 */
public interface ManageSlotsUseCase {

    /**
     * @throws io.frontdesk.booking.domain.shared.DomainValidationException bad input, a start in the past, a staff
     *     member who does not perform the service, or an overlap with another slot of the staff member
     */
    SlotView createSlot(CreateSlotCommand command);

    /** Expands the pattern; slots in the past or overlapping existing ones are skipped, not refused. */
    WeeklySlotsResult createWeekly(WeeklySlotsCommand command);

    /**
     * Deletes an open slot.
     *
     * @throws io.frontdesk.booking.domain.shared.IllegalTransitionException when the slot is held or booked, or
     *     has ever been booked or offered to the waitlist (its history keeps it)
     */
    void deleteSlot(TenantId tenantId, ActorId actor, SlotId slotId);
}
