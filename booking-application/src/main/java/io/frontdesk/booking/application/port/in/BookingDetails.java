package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One booking with its slot, service and staff details and its audit trail, oldest entry first. */
public record BookingDetails(BookingView booking, SlotDetails slot, ServiceDetails service, StaffDetails staff,
        List<AuditEntry> auditTrail) {

    public BookingDetails {
        auditTrail = List.copyOf(auditTrail);
    }

    public BookingDetails withAuditTrail(List<AuditEntry> trail) {
        return new BookingDetails(booking, slot, service, staff, trail);
    }

    public record SlotDetails(Instant startTime, Instant endTime, SlotStatus status) {
    }

    public record ServiceDetails(String name, Duration duration, Optional<Money> price) {
    }

    public record StaffDetails(String name, Optional<String> role) {
    }
}
