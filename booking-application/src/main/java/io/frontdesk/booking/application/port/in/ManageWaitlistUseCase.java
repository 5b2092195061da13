package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;

/**
 * Staff keep the waitlist: put customers on it, take them off, and end a hold early. Ending an offer (by removal
 * or release) passes its slot on to the next entry in line, or reopens it when nobody is left. Each step is
 * audited.
 */
public interface ManageWaitlistUseCase {

    /**
     * @throws io.frontdesk.booking.domain.shared.DomainValidationException invalid input, every field named
     * @throws io.frontdesk.booking.domain.shared.NotFoundException no such service or staff member for the tenant
     */
    WaitlistEntryView join(JoinWaitlistCommand command);

    /**
     * Takes the entry off the waitlist; an open offer of it is withdrawn.
     *
     * @throws io.frontdesk.booking.domain.shared.NotFoundException no such entry for the tenant
     * @throws io.frontdesk.booking.domain.shared.IllegalTransitionException the entry was booked, expired or removed
     */
    WaitlistEntryView remove(TenantId tenantId, ActorId actor, WaitlistEntryId entryId);

    /**
     * Ends the entry's offer before the customer answered; the entry waits again in its place, and the slot goes
     * to the next entry in line (never back to this one) or reopens.
     *
     * @throws io.frontdesk.booking.domain.shared.NotFoundException no such entry for the tenant
     * @throws io.frontdesk.booking.domain.shared.IllegalTransitionException the entry holds no offer
     */
    WaitlistEntryView releaseOffer(TenantId tenantId, ActorId actor, WaitlistEntryId entryId);
}
