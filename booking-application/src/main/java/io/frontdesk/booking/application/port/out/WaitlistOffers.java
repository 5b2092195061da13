package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.application.port.in.WaitlistOfferCounts;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferTokenHash;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every offer ever made, open or closed; the only place an offer's token can be looked up (by its hash). */
public interface WaitlistOffers {

    /**
     * Stores a new offer.
     *
     * @throws io.frontdesk.booking.domain.slot.SlotUnavailableException when the slot or the entry already has an
     *     open offer
     */
    void add(Offer offer);

    /** The offer answerable with the token of {@code hash}, whichever tenant it belongs to; empty when none is. */
    Optional<Offer> findByToken(OfferTokenHash hash);

    /** The entry's open offer, if it has one. */
    Optional<Offer> openFor(TenantId tenantId, WaitlistEntryId entryId);

    /**
     * Stores a changed offer if nobody changed it since it was loaded.
     *
     * @throws io.frontdesk.booking.domain.waitlist.Offer.OfferClosedException otherwise (someone answered first)
     */
    void update(Offer offer);

    /**
     * Open offers whose time is up at {@code now}, of every tenant, earliest expiry first, at most {@code limit};
     * offers another transaction is changing right now are skipped (they are due again at the next call).
     */
    List<Offer> due(Instant now, int limit);

    /** Every entry that was ever offered the slot, whatever became of the offer. */
    Set<WaitlistEntryId> entriesOffered(TenantId tenantId, SlotId slotId);

    /** Offers made, and of them accepted, of the tenant's slots starting in {@code [slotStartFrom, slotStartBefore)}. */
    WaitlistOfferCounts counts(TenantId tenantId, Optional<Instant> slotStartFrom, Optional<Instant> slotStartBefore);
}
