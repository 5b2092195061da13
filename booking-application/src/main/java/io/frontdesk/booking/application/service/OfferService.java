package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.AnswerOfferUseCase;
import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.AuditEntry.Change;
import io.frontdesk.booking.application.port.in.ExpireOffersUseCase;
import io.frontdesk.booking.application.port.in.OfferView;
import io.frontdesk.booking.application.port.out.AuditTrail;
import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferStatus;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer's answers to an offer, the lapse of offers nobody answered, and of entries whose wanted time has
 * passed. Each method is one transaction and
 * writes in the order offer, entry, slot (then booking), as {@link WaitlistOffering} does, so that concurrent
 * answers, releases and expiries wait for each other instead of deadlocking; the loser of a race finds the offer
 * closed.
 */
@ApplicationScoped
public class OfferService implements AnswerOfferUseCase, ExpireOffersUseCase {

    /** The most offers, and entries, one expiry run closes; the rest are due again at the next run. */
    public static final int EXPIRY_BATCH = 100;

    private final Tenants tenants;
    private final Services services;
    private final StaffMembers staffMembers;
    private final Slots slots;
    private final Bookings bookings;
    private final WaitlistEntries entries;
    private final WaitlistOffers offers;
    private final WaitlistOffering offering;
    private final BookingSideEffects sideEffects;
    private final AuditTrail auditTrail;
    private final Clock clock;

    @Inject
    public OfferService(Tenants tenants, Services services, StaffMembers staffMembers, Slots slots,
            Bookings bookings, WaitlistEntries entries, WaitlistOffers offers, WaitlistOffering offering,
            BookingSideEffects sideEffects, AuditTrail auditTrail, Clock clock) {
        this.tenants = tenants;
        this.services = services;
        this.staffMembers = staffMembers;
        this.slots = slots;
        this.bookings = bookings;
        this.entries = entries;
        this.offers = offers;
        this.offering = offering;
        this.sideEffects = sideEffects;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OfferView show(String token) {
        Offer offer = byToken(token);
        return view(offer, entry(offer), clock.instant());
    }

    @Override
    @Transactional
    public OfferView accept(String token) {
        Offer offer = byToken(token);
        Instant now = clock.instant();
        offer.accept(now);
        offers.update(offer);
        WaitlistEntry entry = entry(offer);
        entry.accept(now);
        entries.update(entry);
        Slot slot = slots.find(offer.tenantId(), offer.slotId()).orElseThrow(() -> new IllegalStateException(
                "offer " + offer.id() + " refers to slot " + offer.slotId() + " which does not exist"));
        slot.bookHeld(now);
        slots.update(slot);
        Booking booking = Booking.confirmFromWaitlist(new BookingId(UUID.randomUUID()), slot, entry.id(),
                entry.customer(), ActorId.CUSTOMER, now);
        bookings.add(booking);
        sideEffects.apply(booking, ActorId.CUSTOMER);
        audit(entry, "waitlist_entry.booked", ActorId.CUSTOMER, Map.of(
                "status", Change.of(WaitlistStatus.OFFERED.value(), entry.status().value()),
                "booking_id", Change.set(booking.id().toString())), now);
        return view(offer, entry, now);
    }

    @Override
    @Transactional
    public OfferView decline(String token) {
        Offer offer = byToken(token);
        Instant now = clock.instant();
        offer.decline(now);
        offers.update(offer);
        WaitlistEntry entry = entry(offer);
        entry.decline();
        entries.update(entry);
        audit(entry, "waitlist_entry.declined", ActorId.CUSTOMER, Map.of(
                "status", Change.of(WaitlistStatus.OFFERED.value(), entry.status().value()),
                "slot_id", Change.of(offer.slotId().toString(), null)), now);
        offering.passOn(offer, ActorId.CUSTOMER, now);
        return view(offer, entry, now);
    }

    @Override
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        List<Offer> due = offers.due(now, EXPIRY_BATCH);
        for (Offer offer : due) {
            offer.expire(now);
            offers.update(offer);
            WaitlistEntry entry = entry(offer);
            entry.expireOffer(now);
            entries.update(entry);
            audit(entry, "waitlist_entry.offer_expired", ActorId.SYSTEM, Map.of(
                    "status", Change.of(WaitlistStatus.OFFERED.value(), entry.status().value()),
                    "slot_id", Change.of(offer.slotId().toString(), null)), now);
            offering.passOn(offer, ActorId.SYSTEM, now);
        }
        List<WaitlistEntry> lapsed = entries.lapsed(now, EXPIRY_BATCH);
        for (WaitlistEntry entry : lapsed) {
            entry.expire();
            entries.update(entry);
            audit(entry, "waitlist_entry.expired", ActorId.SYSTEM, Map.of(
                    "status", Change.of(WaitlistStatus.WAITING.value(), entry.status().value())), now);
        }
        return due.size() + lapsed.size();
    }

    private Offer byToken(String token) {
        return OfferToken.parse(token).flatMap(t -> offers.findByToken(t.hash()))
                .orElseThrow(() -> new NotFoundException(ErrorCode.WAITLIST_OFFER_NOT_FOUND, "Offer", "(token)"));
    }

    private WaitlistEntry entry(Offer offer) {
        return entries.find(offer.tenantId(), offer.entryId()).orElseThrow(() -> new IllegalStateException(
                "offer " + offer.id() + " refers to waitlist entry " + offer.entryId() + " which does not exist"));
    }

    private void audit(WaitlistEntry entry, String action, ActorId actor, Map<String, Change> changes, Instant now) {
        auditTrail.record(new AuditEntry(UUID.randomUUID(), entry.tenantId(), AuditEntry.WAITLIST_ENTRY,
                entry.id().value(), action, actor, changes, now));
    }

    private OfferView view(Offer offer, WaitlistEntry entry, Instant now) {
        Tenant tenant = Require.tenant(tenants, offer.tenantId());
        Slot slot = slots.find(offer.tenantId(), offer.slotId()).orElseThrow();
        String serviceName = Require.service(services, offer.tenantId(), slot.serviceId()).name();
        String staffName = Require.staff(staffMembers, offer.tenantId(), slot.staffId()).name().value();
        OfferStatus status = offer.status() == OfferStatus.OPEN && !offer.isOpenAt(now)
                ? OfferStatus.EXPIRED : offer.status();
        return new OfferView(status, entry.customer().name().value(), tenant.name(), tenant.timeZone(), serviceName,
                staffName, offer.slotTime(), offer.expiresAt());
    }
}
