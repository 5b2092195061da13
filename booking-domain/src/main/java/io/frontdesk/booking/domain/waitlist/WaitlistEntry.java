package io.frontdesk.booking.domain.waitlist;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.DomainException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer waiting for a slot of a service, optionally with one staff member, within a wanted time window.
 *
 * <p>Invariants: status moves only as {@link WaitlistStatus} allows; an entry holds an offer exactly while it is
 * {@link WaitlistStatus#OFFERED}; an offer is for a slot that matches the entry and is accepted only before it
 * expires. Entries are served oldest first ({@code createdAt}); choosing among them is the application's job.
 */
public final class WaitlistEntry {

    private final WaitlistEntryId id;
    private final TenantId tenantId;
    private final Customer customer;
    private final ServiceId serviceId;
    private final StaffId staffId;
    private final TimeRange wantedWindow;
    private WaitlistStatus status;
    private WaitlistOffer offer;
    private final Instant createdAt;
    private final long version;

    private WaitlistEntry(WaitlistEntryId id, TenantId tenantId, Customer customer, ServiceId serviceId,
            StaffId staffId, TimeRange wantedWindow, WaitlistStatus status, WaitlistOffer offer, Instant createdAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenant id");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.serviceId = Objects.requireNonNull(serviceId, "service id");
        this.staffId = staffId;
        this.wantedWindow = Objects.requireNonNull(wantedWindow, "wanted window");
        this.status = Objects.requireNonNull(status, "status");
        this.offer = offer;
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.version = version;
        if ((status == WaitlistStatus.OFFERED) != (offer != null)) {
            throw new IllegalArgumentException("an entry holds an offer exactly while it is offered");
        }
    }

    /** A new entry, waiting. */
    public static WaitlistEntry join(WaitlistEntryId id, TenantId tenantId, Customer customer, ServiceId serviceId,
            Optional<StaffId> staffId, TimeRange wantedWindow, Instant now) {
        return new WaitlistEntry(id, tenantId, customer, serviceId, staffId.orElse(null), wantedWindow,
                WaitlistStatus.WAITING, null, now, 0);
    }

    /** Rebuilds a stored entry; for storage adapters only. */
    public static WaitlistEntry reconstitute(WaitlistEntryId id, TenantId tenantId, Customer customer,
            ServiceId serviceId, Optional<StaffId> staffId, TimeRange wantedWindow, WaitlistStatus status,
            Optional<WaitlistOffer> offer, Instant createdAt, long version) {
        return new WaitlistEntry(id, tenantId, customer, serviceId, staffId.orElse(null), wantedWindow, status,
                offer.orElse(null), createdAt, version);
    }

    /** Whether {@code slot} is one this entry waits for: same tenant and service, the staff member if one was asked
     * for, and within the wanted window. */
    public boolean matches(Slot slot) {
        return slot.tenantId().equals(tenantId)
                && slot.serviceId().equals(serviceId)
                && (staffId == null || staffId.equals(slot.staffId()))
                && wantedWindow.contains(slot.time());
    }

    /** Offers {@code slot} to this waiting entry until {@code expiresAt}. */
    public void offer(Slot slot, Instant expiresAt, Instant now) {
        if (!matches(slot)) {
            throw new IllegalArgumentException("slot " + slot.id() + " does not match waitlist entry " + id);
        }
        moveTo(WaitlistStatus.OFFERED);
        offer = new WaitlistOffer(slot.id(), now, expiresAt);
    }

    /** The customer accepted the offer in time; the entry is done. */
    public void accept(Instant now) {
        if (status == WaitlistStatus.OFFERED && !offer.isOpenAt(now)) {
            throw new OfferExpiredException(id);
        }
        moveTo(WaitlistStatus.BOOKED);
        offer = null;
    }

    /** The customer declined this slot; the entry waits again, keeping its place in the line. */
    public void decline() {
        moveTo(WaitlistStatus.WAITING);
        offer = null;
    }

    /** Staff ended the offer before the customer answered; the entry waits again, keeping its place in the line. */
    public void offerWithdrawn() {
        if (status != WaitlistStatus.OFFERED) {
            throw new IllegalTransitionException(ErrorCode.WAITLIST_TRANSITION_REFUSED,
                    "waitlist entry (no offer to withdraw)", status.value(), WaitlistStatus.WAITING.value());
        }
        moveTo(WaitlistStatus.WAITING);
        offer = null;
    }

    /**
     * The offer lapsed unanswered; the entry leaves the line. Refused while the offer is still open, and for an
     * entry without an offer (one that declined waits on in its place).
     */
    public void expireOffer(Instant now) {
        if (status != WaitlistStatus.OFFERED) {
            throw new IllegalTransitionException(ErrorCode.WAITLIST_TRANSITION_REFUSED,
                    "waitlist entry (no offer to expire)", status.value(), WaitlistStatus.EXPIRED.value());
        }
        if (offer.isOpenAt(now)) {
            throw new IllegalTransitionException(ErrorCode.WAITLIST_TRANSITION_REFUSED,
                    "waitlist entry (offer still open)", status.value(), WaitlistStatus.EXPIRED.value());
        }
        moveTo(WaitlistStatus.EXPIRED);
        offer = null;
    }

    /** The wanted window has passed without an offer; the entry leaves the line. */
    public void expire() {
        if (status != WaitlistStatus.WAITING) {
            throw new IllegalTransitionException(ErrorCode.WAITLIST_TRANSITION_REFUSED, "waitlist entry",
                    status.value(), WaitlistStatus.EXPIRED.value());
        }
        moveTo(WaitlistStatus.EXPIRED);
    }

    /** Staff took the entry off the waitlist. */
    public void remove() {
        moveTo(WaitlistStatus.REMOVED);
        offer = null;
    }

    private void moveTo(WaitlistStatus target) {
        if (!status.canTransitionTo(target)) {
            throw new IllegalTransitionException(ErrorCode.WAITLIST_TRANSITION_REFUSED, "waitlist entry",
                    status.value(), target.value());
        }
        status = target;
    }

    public WaitlistEntryId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public Customer customer() {
        return customer;
    }

    public ServiceId serviceId() {
        return serviceId;
    }

    public Optional<StaffId> staffId() {
        return Optional.ofNullable(staffId);
    }

    public TimeRange wantedWindow() {
        return wantedWindow;
    }

    public WaitlistStatus status() {
        return status;
    }

    public Optional<WaitlistOffer> offer() {
        return Optional.ofNullable(offer);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** The offer was answered after it had expired. */
    public static final class OfferExpiredException extends DomainException {
        public OfferExpiredException(WaitlistEntryId id) {
            super(ErrorCode.WAITLIST_OFFER_EXPIRED, "The offer to waitlist entry " + id + " has expired");
        }
    }
}
