package io.frontdesk.booking.domain.waitlist;

import io.frontdesk.booking.domain.shared.DomainException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One slot offered to one waitlist entry, as it was sent: the customer answers it with a single-use
 * {@link OfferToken} of which only the hash is kept. The entry's side of the same offer is its {@link WaitlistOffer}
 * (which slot it holds, until when) and ends with the offer; this record stays, closed, so that the waitlist's fill
 * rate (offers accepted / offers made) can be counted and a slot is never offered twice to the same entry.
 *
 * <p>Invariants: it closes exactly once ({@link OfferStatus}), and {@code closedAt} is set exactly when it is
 * closed; it is accepted only while open and before {@code expiresAt}; it expires only once that time has come. The
 * slot's time is copied when the offer is made, so the offer keeps saying what was offered.
 */
public final class Offer {

    private final OfferId id;
    private final TenantId tenantId;
    private final WaitlistEntryId entryId;
    private final SlotId slotId;
    private final TimeRange slotTime;
    private final OfferTokenHash tokenHash;
    private final Instant offeredAt;
    private final Instant expiresAt;
    private OfferStatus status;
    private Instant closedAt;
    private final long version;

    private Offer(OfferId id, TenantId tenantId, WaitlistEntryId entryId, SlotId slotId, TimeRange slotTime,
            OfferTokenHash tokenHash, Instant offeredAt, Instant expiresAt, OfferStatus status, Instant closedAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenant id");
        this.entryId = Objects.requireNonNull(entryId, "entry id");
        this.slotId = Objects.requireNonNull(slotId, "slot id");
        this.slotTime = Objects.requireNonNull(slotTime, "slot time");
        this.tokenHash = Objects.requireNonNull(tokenHash, "token hash");
        this.offeredAt = Objects.requireNonNull(offeredAt, "offered at");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expires at");
        this.status = Objects.requireNonNull(status, "status");
        this.closedAt = closedAt;
        this.version = version;
        if (!expiresAt.isAfter(offeredAt)) {
            throw new IllegalArgumentException("an offer expires after it is made");
        }
        if ((status == OfferStatus.OPEN) != (closedAt == null)) {
            throw new IllegalArgumentException("an offer has a closing time exactly when it is closed");
        }
    }

    /**
     * The offer that {@code entry} has just been given of {@code slot} ({@link WaitlistEntry#offer}), answerable
     * with the token whose hash is {@code tokenHash}.
     */
    public static Offer sent(OfferId id, WaitlistEntry entry, Slot slot, OfferTokenHash tokenHash) {
        WaitlistOffer held = entry.offer().filter(o -> o.slotId().equals(slot.id())).orElseThrow(
                () -> new IllegalArgumentException("entry " + entry.id() + " holds no offer of slot " + slot.id()));
        return new Offer(id, entry.tenantId(), entry.id(), slot.id(), slot.time(), tokenHash, held.offeredAt(),
                held.expiresAt(), OfferStatus.OPEN, null, 0);
    }

    /** Rebuilds a stored offer; for storage adapters only. */
    public static Offer reconstitute(OfferId id, TenantId tenantId, WaitlistEntryId entryId, SlotId slotId,
            TimeRange slotTime, OfferTokenHash tokenHash, Instant offeredAt, Instant expiresAt, OfferStatus status,
            Optional<Instant> closedAt, long version) {
        return new Offer(id, tenantId, entryId, slotId, slotTime, tokenHash, offeredAt, expiresAt, status,
                closedAt.orElse(null), version);
    }

    /** The customer took the slot; refused once the offer is closed or its time is up. */
    public void accept(Instant now) {
        requireOpen();
        if (!isOpenAt(now)) {
            throw new WaitlistEntry.OfferExpiredException(entryId);
        }
        close(OfferStatus.ACCEPTED, now);
    }

    /** The customer said no; refused once the offer is closed. */
    public void decline(Instant now) {
        requireOpen();
        close(OfferStatus.DECLINED, now);
    }

    /** Staff ended the offer early (released the hold or removed the entry). */
    public void withdraw(Instant now) {
        requireOpen();
        close(OfferStatus.WITHDRAWN, now);
    }

    /** Nobody answered in time; refused while the offer is still open at {@code now}. */
    public void expire(Instant now) {
        requireOpen();
        if (isOpenAt(now)) {
            throw new IllegalTransitionException(ErrorCode.WAITLIST_TRANSITION_REFUSED, "waitlist offer (still open)",
                    status.value(), OfferStatus.EXPIRED.value());
        }
        close(OfferStatus.EXPIRED, now);
    }

    /** Whether the customer may still answer at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return status == OfferStatus.OPEN && now.isBefore(expiresAt);
    }

    private void requireOpen() {
        if (status != OfferStatus.OPEN) {
            throw new OfferClosedException(status);
        }
    }

    private void close(OfferStatus target, Instant now) {
        if (!status.canTransitionTo(target)) {
            throw new OfferClosedException(status);
        }
        status = target;
        closedAt = Objects.requireNonNull(now, "now");
    }

    public OfferId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public WaitlistEntryId entryId() {
        return entryId;
    }

    public SlotId slotId() {
        return slotId;
    }

    public TimeRange slotTime() {
        return slotTime;
    }

    public OfferTokenHash tokenHash() {
        return tokenHash;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public OfferStatus status() {
        return status;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** The version the offer was loaded with (0 for a new one), for optimistic locking in storage. */
    public long version() {
        return version;
    }

    /** The offer was answered, expired or withdrawn already, or was answered by someone else at the same time. */
    public static final class OfferClosedException extends DomainException {

        private final OfferStatus status;

        public OfferClosedException(OfferStatus status) {
            super(ErrorCode.WAITLIST_OFFER_CLOSED, "This offer is no longer open (" + status.value() + ")");
            this.status = status;
        }

        public OfferStatus status() {
            return status;
        }
    }
}
