package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One booking with its slot, service and staff details, its audit trail (oldest entry first) and where it stands
 * with the staff member's calendar.
 */
public record BookingDetails(BookingView booking, SlotDetails slot, ServiceDetails service, StaffDetails staff,
        List<AuditEntry> auditTrail, CalendarSync calendar) {

    public BookingDetails {
        auditTrail = List.copyOf(auditTrail);
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The details as storage reads them: the audit trail and the calendar state are added by the use case. */
    public BookingDetails(BookingView booking, SlotDetails slot, ServiceDetails service, StaffDetails staff,
            List<AuditEntry> auditTrail) {
        this(booking, slot, service, staff, auditTrail, CalendarSync.NOT_CONFIGURED);
    }

    public BookingDetails withAuditTrail(List<AuditEntry> trail) {
        return new BookingDetails(booking, slot, service, staff, trail, calendar);
    }

    public BookingDetails withCalendar(CalendarSync sync) {
        return new BookingDetails(booking, slot, service, staff, auditTrail, sync);
    }

    public record SlotDetails(Instant startTime, Instant endTime, SlotStatus status) {
    }

    public record ServiceDetails(String name, Duration duration, Optional<Money> price) {
    }

    public record StaffDetails(String name, Optional<String> role) {
    }
}
