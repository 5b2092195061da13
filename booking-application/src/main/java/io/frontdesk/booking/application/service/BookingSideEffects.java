package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.AuditEntry.Change;
import io.frontdesk.booking.application.port.out.AuditTrail;
import io.frontdesk.booking.application.port.out.BookingChange;
import io.frontdesk.booking.application.port.out.BookingEvents;
import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.port.out.CalendarJobs;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingCanceled;
import io.frontdesk.booking.domain.booking.BookingConfirmed;
import io.frontdesk.booking.domain.booking.BookingEvent;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a booking's domain events into what must happen with them, inside the caller's transaction: an audit entry
 * for each, the slot released when the new status releases it (and offered to the waitlist's next in line), a
 * calendar job (create on confirmation, delete on release), and a live update for the tenant's open views.
 */
@ApplicationScoped
public class BookingSideEffects {

    private final Slots slots;
    private final AuditTrail auditTrail;
    private final CalendarJobs calendarJobs;
    private final BookingEvents bookingEvents;
    private final WaitlistOffering waitlistOffering;

    @Inject
    public BookingSideEffects(Slots slots, AuditTrail auditTrail, CalendarJobs calendarJobs,
            BookingEvents bookingEvents, WaitlistOffering waitlistOffering) {
        this.slots = slots;
        this.auditTrail = auditTrail;
        this.calendarJobs = calendarJobs;
        this.bookingEvents = bookingEvents;
        this.waitlistOffering = waitlistOffering;
    }

    /** Applies the events {@code booking} recorded; call within the use case's transaction. */
    public void apply(Booking booking, ActorId actor) {
        for (BookingEvent event : booking.pullEvents()) {
            auditTrail.record(auditEntry(booking, event, actor));
            if (event.to().releasesSlot()) {
                releaseSlot(booking, actor, event);
            }
            calendarAction(event).ifPresent(action -> calendarJobs.enqueue(CalendarJob.pending(UUID.randomUUID(),
                    booking.tenantId(), booking.id(), action, event.occurredAt())));
            bookingEvents.publish(new BookingChange(booking.tenantId(), booking.id(), event.to(),
                    event.occurredAt()));
        }
    }

    private static Optional<CalendarJob.Action> calendarAction(BookingEvent event) {
        if (event instanceof BookingConfirmed) {
            return Optional.of(CalendarJob.Action.CREATE_EVENT);
        }
        return event.to().releasesSlot()
                ? Optional.of(CalendarJob.Action.DELETE_EVENT)
                : Optional.empty();
    }

    private void releaseSlot(Booking booking, ActorId actor, BookingEvent event) {
        Slot slot = slots.find(booking.tenantId(), event.slotId()).orElseThrow(() -> new IllegalStateException(
                "booking " + booking.id() + " refers to slot " + event.slotId() + " which does not exist"));
        SlotStatus before = slot.status();
        slot.release();
        slots.update(slot);
        auditTrail.record(new AuditEntry(UUID.randomUUID(), booking.tenantId(), AuditEntry.SLOT,
                slot.id().value(), "slot.released", actor,
                Map.of("status", Change.of(before.value(), slot.status().value()),
                        "booking_id", Change.of(booking.id().toString(), null)),
                event.occurredAt()));
        waitlistOffering.offerNext(booking.tenantId(), slot.id(), actor, event.occurredAt());
    }

    private static AuditEntry auditEntry(Booking booking, BookingEvent event, ActorId actor) {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("status", Change.of(event.from().map(BookingStatus::value).orElse(null), event.to().value()));
        if (event instanceof BookingConfirmed confirmed) {
            changes.put("slot_id", Change.set(booking.slotId().toString()));
            changes.put("booking_source", Change.set(confirmed.source().value()));
            changes.put("customer_name", Change.set(booking.customer().name().value()));
            changes.put("customer_phone", Change.set(booking.customer().phone().e164()));
            booking.customer().email().map(EmailAddress::value)
                    .ifPresent(email -> changes.put("customer_email", Change.set(email)));
        }
        if (event instanceof BookingCanceled canceled) {
            canceled.reason().ifPresent(reason -> changes.put("cancellation_reason", Change.set(reason)));
        }
        return new AuditEntry(UUID.randomUUID(), booking.tenantId(), AuditEntry.BOOKING, booking.id().value(),
                action(event), actor, changes, event.occurredAt());
    }

    /** The audit action of an event: {@code booking.created}, {@code booking.completed}, {@code booking.no_show}... */
    static String action(BookingEvent event) {
        return event instanceof BookingConfirmed ? "booking.created" : "booking." + event.to().value();
    }
}
