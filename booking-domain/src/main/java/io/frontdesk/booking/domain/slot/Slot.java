package io.frontdesk.booking.domain.slot;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bookable time of one staff member for one service.
 *
 * <p>Invariants: status moves only as {@link SlotStatus} allows; a slot is booked or offered only while its start
 * is in the future; {@code heldUntil} is present exactly while the slot is {@link SlotStatus#HELD}, and a held
 * slot can be booked only before its hold ends. That two slots of one staff member never overlap is a set rule,
 * kept by storage (it cannot be seen from one slot).
 */
public final class Slot {

    private final SlotId id;
    private final TenantId tenantId;
    private final ServiceId serviceId;
    private final StaffId staffId;
    private final TimeRange time;
    private SlotStatus status;
    private Instant heldUntil;
    private final long version;

    private Slot(SlotId id, TenantId tenantId, ServiceId serviceId, StaffId staffId, TimeRange time,
            SlotStatus status, Instant heldUntil, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenant id");
        this.serviceId = Objects.requireNonNull(serviceId, "service id");
        this.staffId = Objects.requireNonNull(staffId, "staff id");
        this.time = Objects.requireNonNull(time, "time");
        this.status = Objects.requireNonNull(status, "status");
        this.heldUntil = heldUntil;
        this.version = version;
        if ((status == SlotStatus.HELD) != (heldUntil != null)) {
            throw new IllegalArgumentException("heldUntil is set exactly when a slot is held");
        }
    }

    /** A new, open slot. */
    public static Slot open(SlotId id, TenantId tenantId, ServiceId serviceId, StaffId staffId, TimeRange time) {
        return new Slot(id, tenantId, serviceId, staffId, time, SlotStatus.OPEN, null, 0);
    }

    /** Rebuilds a stored slot; for storage adapters only. */
    public static Slot reconstitute(SlotId id, TenantId tenantId, ServiceId serviceId, StaffId staffId,
            TimeRange time, SlotStatus status, Instant heldUntil, long version) {
        return new Slot(id, tenantId, serviceId, staffId, time, status, heldUntil, version);
    }

    /**
     * Books an open slot. Refused with {@link SlotInThePastException} when the slot has started, and with
     * {@link SlotUnavailableException} when it is held or booked already.
     */
    public void book(Instant now) {
        requireFuture(now);
        if (status != SlotStatus.OPEN) {
            throw new SlotUnavailableException(id);
        }
        moveTo(SlotStatus.BOOKED);
    }

    /** Holds an open, future slot for a waitlist offer until {@code until}. */
    public void hold(Instant until, Instant now) {
        requireFuture(now);
        if (!until.isAfter(now)) {
            throw DomainValidationException.of("held_until", "must be in the future");
        }
        if (status != SlotStatus.OPEN) {
            throw new SlotUnavailableException(id);
        }
        moveTo(SlotStatus.HELD);
        heldUntil = until;
    }

    /** Books a held slot for the customer it was offered to; refused once the hold has ended. */
    public void bookHeld(Instant now) {
        requireFuture(now);
        if (status != SlotStatus.HELD || !heldUntil.isAfter(now)) {
            throw new SlotUnavailableException(id);
        }
        moveTo(SlotStatus.BOOKED);
        heldUntil = null;
    }

    /** Ends a hold (offer declined, expired, or released by staff) and reopens the slot; only a held slot has one. */
    public void releaseHold() {
        if (status != SlotStatus.HELD) {
            throw refused(SlotStatus.OPEN);
        }
        moveTo(SlotStatus.OPEN);
        heldUntil = null;
    }

    /** Reopens a booked slot after its booking was canceled or marked no-show. */
    public void release() {
        if (status != SlotStatus.BOOKED) {
            throw refused(SlotStatus.OPEN);
        }
        moveTo(SlotStatus.OPEN);
    }

    /** True when {@link #book} would succeed at {@code now}. */
    public boolean isBookable(Instant now) {
        return status == SlotStatus.OPEN && time.startsAfter(now);
    }

    private void requireFuture(Instant now) {
        if (!time.startsAfter(now)) {
            throw new SlotInThePastException(id);
        }
    }

    private void moveTo(SlotStatus target) {
        if (!status.canTransitionTo(target)) {
            throw refused(target);
        }
        status = target;
    }

    private IllegalTransitionException refused(SlotStatus target) {
        return new IllegalTransitionException(ErrorCode.SLOT_TRANSITION_REFUSED, "slot", status.value(),
                target.value());
    }

    public SlotId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public ServiceId serviceId() {
        return serviceId;
    }

    public StaffId staffId() {
        return staffId;
    }

    public TimeRange time() {
        return time;
    }

    public SlotStatus status() {
        return status;
    }

    public Optional<Instant> heldUntil() {
        return Optional.ofNullable(heldUntil);
    }

    /** The version the slot was loaded with, for optimistic locking in storage. */
    public long version() {
        return version;
    }
}
