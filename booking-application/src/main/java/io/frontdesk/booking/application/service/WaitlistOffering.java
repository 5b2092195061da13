package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.AuditEntry.Change;
import io.frontdesk.booking.application.port.out.AuditTrail;
import io.frontdesk.booking.application.port.out.Notifier;
import io.frontdesk.booking.application.port.out.OfferNotice;
import io.frontdesk.booking.application.port.out.OfferTokens;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferId;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One offer at a time: when a slot is open to take, the oldest waiting entry that matches it, and was never offered
 * it before, gets an offer — the slot is held for it until the offer expires (the policy's hold, never beyond the
 * slot's start), the offer is stored with the hash of a fresh token, every change is audited, and the customer is
 * notified (after commit, by the {@link Notifier}). Runs inside the caller's transaction; not a use case itself.
 *
 * <p>Storage writes come in one order everywhere — offer, entry, slot — so that concurrent use cases wait for each
 * other instead of deadlocking.
 */
@ApplicationScoped
public class WaitlistOffering {

    private final Tenants tenants;
    private final Services services;
    private final StaffMembers staffMembers;
    private final Slots slots;
    private final WaitlistEntries entries;
    private final WaitlistOffers offers;
    private final OfferTokens tokens;
    private final Notifier notifier;
    private final AuditTrail auditTrail;
    private final WaitlistPolicy policy;

    @Inject
    public WaitlistOffering(Tenants tenants, Services services, StaffMembers staffMembers, Slots slots,
            WaitlistEntries entries, WaitlistOffers offers, OfferTokens tokens, Notifier notifier,
            AuditTrail auditTrail, WaitlistPolicy policy) {
        this.tenants = tenants;
        this.services = services;
        this.staffMembers = staffMembers;
        this.slots = slots;
        this.entries = entries;
        this.offers = offers;
        this.tokens = tokens;
        this.notifier = notifier;
        this.auditTrail = auditTrail;
        this.policy = policy;
    }

    /**
     * Offers the slot to the next entry in line, if it is open and bookable (in the future, of an active service
     * that its active staff member performs) and somebody waits for it; otherwise it stays as it is.
     */
    public Optional<Offer> offerNext(TenantId tenantId, SlotId slotId, ActorId actor, Instant now) {
        Optional<Slot> found = slots.find(tenantId, slotId).filter(s -> s.isBookable(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Slot slot = found.get();
        Optional<Service> service = services.find(tenantId, slot.serviceId()).filter(Service::active);
        Optional<Staff> staff = staffMembers.find(tenantId, slot.staffId())
                .filter(s -> s.active() && s.performs(slot.serviceId()));
        if (service.isEmpty() || staff.isEmpty()) {
            return Optional.empty();
        }
        Optional<WaitlistEntry> next = entries.nextInLine(slot, offers.entriesOffered(tenantId, slotId));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        WaitlistEntry entry = next.get();
        Instant expiresAt = earlier(now.plus(policy.hold()), slot.time().start());
        entry.offer(slot, expiresAt, now);
        slot.hold(expiresAt, now);
        OfferToken token = tokens.next();
        Offer offer = Offer.sent(new OfferId(UUID.randomUUID()), entry, slot, token.hash());
        offers.add(offer);
        entries.update(entry);
        slots.update(slot);
        auditTrail.record(new AuditEntry(UUID.randomUUID(), tenantId, AuditEntry.WAITLIST_ENTRY, entry.id().value(),
                "waitlist_entry.offered", actor, Map.of(
                        "status", Change.of("waiting", entry.status().value()),
                        "slot_id", Change.set(slot.id().toString()),
                        "offer_expires_at", Change.set(expiresAt.toString())), now));
        auditTrail.record(new AuditEntry(UUID.randomUUID(), tenantId, AuditEntry.SLOT, slot.id().value(),
                "slot.held", actor, Map.of(
                        "status", Change.of(SlotStatus.OPEN.value(), slot.status().value()),
                        "held_until", Change.set(expiresAt.toString()),
                        "waitlist_entry_id", Change.set(entry.id().toString())), now));
        entry.customer().email().ifPresent(email -> {
            Tenant tenant = Require.tenant(tenants, tenantId);
            notifier.offerMade(new OfferNotice(email, entry.customer().name().value(), tenant.name(),
                    tenant.timeZone(), service.get().name(), staff.get().name().value(), slot.time(), expiresAt,
                    token));
        });
        return Optional.of(offer);
    }

    /** {@link #offerNext} for each of several new slots of one service, earliest first; skipped when nobody waits. */
    public void offerEach(TenantId tenantId, ServiceId serviceId, List<SlotId> slotIds, ActorId actor,
            Instant now) {
        if (slotIds.isEmpty() || !entries.anyWaiting(tenantId, serviceId)) {
            return;
        }
        for (SlotId slotId : slotIds) {
            offerNext(tenantId, slotId, actor, now);
        }
    }

    /**
     * Ends the hold of a closed offer's slot and passes the slot on: to the next entry in line, or open. The offer
     * and its entry must have been stored closed already (offer first, then entry).
     */
    public void passOn(Offer closed, ActorId actor, Instant now) {
        Slot slot = slots.find(closed.tenantId(), closed.slotId()).orElseThrow(() -> new IllegalStateException(
                "offer " + closed.id() + " refers to slot " + closed.slotId() + " which does not exist"));
        slot.releaseHold();
        slots.update(slot);
        auditTrail.record(new AuditEntry(UUID.randomUUID(), closed.tenantId(), AuditEntry.SLOT, slot.id().value(),
                "slot.hold_released", actor, Map.of(
                        "status", Change.of(SlotStatus.HELD.value(), slot.status().value()),
                        "offer_status", Change.set(closed.status().value()),
                        "waitlist_entry_id", Change.of(closed.entryId().toString(), null)), now));
        offerNext(closed.tenantId(), slot.id(), actor, now);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
