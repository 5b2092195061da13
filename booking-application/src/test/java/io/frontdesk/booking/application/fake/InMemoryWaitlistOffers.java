package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.in.WaitlistOfferCounts;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotUnavailableException;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferId;
import io.frontdesk.booking.domain.waitlist.OfferStatus;
import io.frontdesk.booking.domain.waitlist.OfferTokenHash;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeps copies; refuses a second open offer of one slot or to one entry, as the database's unique indexes do. */
public final class InMemoryWaitlistOffers implements WaitlistOffers {

    private final Map<OfferId, Offer> offers = new LinkedHashMap<>();

    @Override
    public synchronized void add(Offer offer) {
        boolean clash = offers.values().stream().anyMatch(o -> o.status() == OfferStatus.OPEN
                && (o.slotId().equals(offer.slotId()) || o.entryId().equals(offer.entryId())));
        if (clash && offer.status() == OfferStatus.OPEN) {
            throw new SlotUnavailableException(offer.slotId());
        }
        offers.put(offer.id(), copy(offer, 0));
    }

    @Override
    public synchronized Optional<Offer> findByToken(OfferTokenHash hash) {
        return offers.values().stream().filter(o -> o.tokenHash().equals(hash)).findFirst().map(o -> copy(o, 0));
    }

    @Override
    public synchronized Optional<Offer> openFor(TenantId tenantId, WaitlistEntryId entryId) {
        return offers.values().stream()
                .filter(o -> o.tenantId().equals(tenantId) && o.entryId().equals(entryId)
                        && o.status() == OfferStatus.OPEN)
                .findFirst().map(o -> copy(o, 0));
    }

    @Override
    public synchronized void update(Offer offer) {
        Offer stored = offers.get(offer.id());
        if (stored == null || stored.version() != offer.version() || !stored.tenantId().equals(offer.tenantId())) {
            throw new Offer.OfferClosedException(stored == null ? offer.status() : stored.status());
        }
        offers.put(offer.id(), copy(offer, 1));
    }

    @Override
    public synchronized List<Offer> due(Instant now, int limit) {
        return offers.values().stream()
                .filter(o -> o.status() == OfferStatus.OPEN && !o.expiresAt().isAfter(now))
                .sorted(Comparator.comparing(Offer::expiresAt).thenComparing(o -> o.id().toString()))
                .limit(limit)
                .map(o -> copy(o, 0))
                .toList();
    }

    @Override
    public synchronized Set<WaitlistEntryId> entriesOffered(TenantId tenantId, SlotId slotId) {
        return offers.values().stream()
                .filter(o -> o.tenantId().equals(tenantId) && o.slotId().equals(slotId))
                .map(Offer::entryId)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized WaitlistOfferCounts counts(TenantId tenantId, Optional<Instant> slotStartFrom,
            Optional<Instant> slotStartBefore) {
        List<Offer> inPeriod = offers.values().stream()
                .filter(o -> o.tenantId().equals(tenantId))
                .filter(o -> slotStartFrom.map(f -> !o.slotTime().start().isBefore(f)).orElse(true))
                .filter(o -> slotStartBefore.map(b -> o.slotTime().start().isBefore(b)).orElse(true))
                .toList();
        return new WaitlistOfferCounts(inPeriod.size(),
                inPeriod.stream().filter(o -> o.status() == OfferStatus.ACCEPTED).count());
    }

    /** Every stored offer, in the order made; for assertions. */
    public synchronized List<Offer> all() {
        return offers.values().stream().map(o -> copy(o, 0)).toList();
    }

    private static Offer copy(Offer o, long versionIncrement) {
        return Offer.reconstitute(o.id(), o.tenantId(), o.entryId(), o.slotId(), o.slotTime(), o.tokenHash(),
                o.offeredAt(), o.expiresAt(), o.status(), o.closedAt(), o.version() + versionIncrement);
    }
}
