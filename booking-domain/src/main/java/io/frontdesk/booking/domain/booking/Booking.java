package io.frontdesk.booking.domain.booking;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's booking of one slot.
 *
 * <p>Life cycle: created {@link BookingStatus#CONFIRMED} for a slot that has just been booked, it ends exactly once
 * as completed, no-show or canceled ({@link BookingStatus} holds the table); any other move is refused with an
 * {@link IllegalTransitionException} naming both states.
 *
 * <p>Invariants: the end timestamp of the final status ({@code completedAt}, {@code noShowAt}, {@code canceledAt})
 * is set exactly when the booking is in that status, and a cancellation reason only on a canceled booking; the
 * source is {@link BookingSource#WAITLIST} exactly when the booking came from a waitlist entry. The slot's time,
 * service and staff member are copied at booking time so the booking keeps saying what was booked.
 *
 * <p>Every change records a {@link BookingEvent}; the application takes them with {@link #pullEvents()} and turns
 * them into slot releases, audit entries and calendar jobs. Time and ids always come in as arguments.
 */
public final class Booking {

    public static final int MAX_CANCELLATION_REASON_LENGTH = 500;

    private final BookingId id;
    private final TenantId tenantId;
    private final SlotId slotId;
    private final ServiceId serviceId;
    private final StaffId staffId;
    private final TimeRange time;
    private final WaitlistEntryId waitlistEntryId;
    private final Customer customer;
    private final BookingSource source;
    private BookingStatus status;
    private final Instant confirmedAt;
    private Instant completedAt;
    private Instant canceledAt;
    private Instant noShowAt;
    private String cancellationReason;
    private final ActorId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private final List<BookingEvent> events = new ArrayList<>();

    private Booking(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.tenantId = Objects.requireNonNull(s.tenantId(), "tenant id");
        this.slotId = Objects.requireNonNull(s.slotId(), "slot id");
        this.serviceId = Objects.requireNonNull(s.serviceId(), "service id");
        this.staffId = Objects.requireNonNull(s.staffId(), "staff id");
        this.time = Objects.requireNonNull(s.time(), "time");
        this.waitlistEntryId = s.waitlistEntryId().orElse(null);
        this.customer = Objects.requireNonNull(s.customer(), "customer");
        this.source = Objects.requireNonNull(s.source(), "source");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.confirmedAt = Objects.requireNonNull(s.confirmedAt(), "confirmed at");
        this.completedAt = s.completedAt().orElse(null);
        this.canceledAt = s.canceledAt().orElse(null);
        this.noShowAt = s.noShowAt().orElse(null);
        this.cancellationReason = s.cancellationReason().orElse(null);
        this.createdBy = Objects.requireNonNull(s.createdBy(), "created by");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "created at");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updated at");
        this.version = s.version();
        checkConsistency();
    }

    /**
     * Confirms a booking that staff made for a slot just booked for it ({@code slot} must be {@code BOOKED}).
     * Only {@code DIRECT}, {@code WALK_IN} and {@code MANUAL} are accepted as source here; a refusal names the
     * field {@code booking_source}.
     */
    public static Booking confirm(BookingId id, Slot slot, Customer customer, BookingSource source,
            ActorId createdBy, Instant now) {
        if (source == null || !source.isStaffCreatable()) {
            throw DomainValidationException.of("booking_source", "must be one of direct, walk_in, manual");
        }
        return confirmed(id, slot, Optional.empty(), customer, source, createdBy, now);
    }

    /** Confirms the booking of a waitlist customer who accepted the offer of {@code slot}. */
    public static Booking confirmFromWaitlist(BookingId id, Slot slot, WaitlistEntryId entryId, Customer customer,
            ActorId createdBy, Instant now) {
        return confirmed(id, slot, Optional.of(entryId), customer, BookingSource.WAITLIST, createdBy, now);
    }

    private static Booking confirmed(BookingId id, Slot slot, Optional<WaitlistEntryId> entryId, Customer customer,
            BookingSource source, ActorId createdBy, Instant now) {
        if (slot.status() != SlotStatus.BOOKED) {
            throw new IllegalArgumentException("a booking is confirmed only for a slot booked for it");
        }
        Booking booking = new Booking(new Snapshot(id, slot.tenantId(), slot.id(), slot.serviceId(), slot.staffId(),
                slot.time(), entryId, customer, source, BookingStatus.CONFIRMED, now, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), createdBy, now, now, 0));
        booking.events.add(new BookingConfirmed(id, slot.id(), source, now));
        return booking;
    }

    /** Rebuilds a stored booking; for storage adapters only. Refuses a snapshot that breaks an invariant. */
    public static Booking reconstitute(Snapshot snapshot) {
        return new Booking(snapshot);
    }

    /** Marks the booking completed; the slot stays booked. */
    public void complete(Instant now) {
        BookingStatus previous = moveTo(BookingStatus.COMPLETED, now);
        completedAt = now;
        events.add(new BookingCompleted(id, slotId, previous, now));
    }

    /** Marks that the customer did not come; the slot is to be released. */
    public void markNoShow(Instant now) {
        BookingStatus previous = moveTo(BookingStatus.NO_SHOW, now);
        noShowAt = now;
        events.add(new BookingMarkedNoShow(id, slotId, previous, now));
    }

    /**
     * Cancels the booking with an optional reason (blank means none; at most
     * {@value #MAX_CANCELLATION_REASON_LENGTH} characters); the slot is to be released.
     */
    public void cancel(String reason, Instant now) {
        Optional<String> cleaned = cleanReason(reason);
        BookingStatus previous = moveTo(BookingStatus.CANCELED, now);
        canceledAt = now;
        cancellationReason = cleaned.orElse(null);
        events.add(new BookingCanceled(id, slotId, previous, cleaned, now));
    }

    /**
     * Moves the booking to {@code target}, the one entry point for "set the status to X" requests. A reason is
     * accepted only when canceling (field {@code cancellation_reason}); moving back to confirmed is refused.
     */
    public void transitionTo(BookingStatus target, String reason, Instant now) {
        Objects.requireNonNull(target, "target");
        if (reason != null && !reason.isBlank() && target != BookingStatus.CANCELED) {
            throw DomainValidationException.of("cancellation_reason", "is only accepted when canceling");
        }
        switch (target) {
            case COMPLETED -> complete(now);
            case NO_SHOW -> markNoShow(now);
            case CANCELED -> cancel(reason, now);
            case CONFIRMED -> throw new IllegalTransitionException(ErrorCode.BOOKING_TRANSITION_REFUSED, "booking",
                    status.value(), target.value());
        }
    }

    /** Returns the events recorded since the last call, and forgets them. */
    public List<BookingEvent> pullEvents() {
        List<BookingEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** The booking's state, as storage keeps it. */
    public Snapshot snapshot() {
        return new Snapshot(id, tenantId, slotId, serviceId, staffId, time, waitlistEntryId(), customer, source,
                status, confirmedAt, completedAt(), canceledAt(), noShowAt(), cancellationReason(), createdBy,
                createdAt, updatedAt, version);
    }

    private BookingStatus moveTo(BookingStatus target, Instant now) {
        Objects.requireNonNull(now, "now");
        if (!status.canTransitionTo(target)) {
            throw new IllegalTransitionException(ErrorCode.BOOKING_TRANSITION_REFUSED, "booking", status.value(),
                    target.value());
        }
        BookingStatus previous = status;
        status = target;
        updatedAt = now;
        return previous;
    }

    private static Optional<String> cleanReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.empty();
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX_CANCELLATION_REASON_LENGTH) {
            throw DomainValidationException.of("cancellation_reason",
                    "must be at most " + MAX_CANCELLATION_REASON_LENGTH + " characters");
        }
        return Optional.of(stripped);
    }

    private void checkConsistency() {
        if ((source == BookingSource.WAITLIST) != (waitlistEntryId != null)) {
            throw new IllegalArgumentException("a booking has a waitlist entry exactly when its source is waitlist");
        }
        if ((status == BookingStatus.COMPLETED) != (completedAt != null)
                || (status == BookingStatus.NO_SHOW) != (noShowAt != null)
                || (status == BookingStatus.CANCELED) != (canceledAt != null)) {
            throw new IllegalArgumentException("the end timestamp of a booking must match its status " + status);
        }
        if (cancellationReason != null && status != BookingStatus.CANCELED) {
            throw new IllegalArgumentException("only a canceled booking has a cancellation reason");
        }
    }

    public BookingId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public SlotId slotId() {
        return slotId;
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

    public Optional<WaitlistEntryId> waitlistEntryId() {
        return Optional.ofNullable(waitlistEntryId);
    }

    public Customer customer() {
        return customer;
    }

    public BookingSource source() {
        return source;
    }

    public BookingStatus status() {
        return status;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Instant> canceledAt() {
        return Optional.ofNullable(canceledAt);
    }

    public Optional<Instant> noShowAt() {
        return Optional.ofNullable(noShowAt);
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    public ActorId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version the booking was loaded with (0 for a new one), for optimistic locking in storage. */
    public long version() {
        return version;
    }

    /** Everything storage keeps of a booking. */
    public record Snapshot(BookingId id, TenantId tenantId, SlotId slotId, ServiceId serviceId, StaffId staffId,
            TimeRange time, Optional<WaitlistEntryId> waitlistEntryId, Customer customer, BookingSource source,
            BookingStatus status, Instant confirmedAt, Optional<Instant> completedAt, Optional<Instant> canceledAt,
            Optional<Instant> noShowAt, Optional<String> cancellationReason, ActorId createdBy, Instant createdAt,
            Instant updatedAt, long version) {

        /** The same state at another version; storage adapters use it after a successful write. */
        public Snapshot withVersion(long newVersion) {
            return new Snapshot(id, tenantId, slotId, serviceId, staffId, time, waitlistEntryId, customer, source,
                    status, confirmedAt, completedAt, canceledAt, noShowAt, cancellationReason, createdBy, createdAt,
                    updatedAt, newVersion);
        }
    }
}
