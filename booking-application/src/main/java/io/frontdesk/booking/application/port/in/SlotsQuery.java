package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.Violations;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Slots of a tenant starting in {@code [from, to)} (at most 62 days), by service, staff member and status. */
public record SlotsQuery(TenantId tenantId, Optional<ServiceId> serviceId, Optional<StaffId> staffId,
        Optional<SlotStatus> status, Instant from, Instant to) {

    public static final Duration MAX_RANGE = Duration.ofDays(62);

    public SlotsQuery {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(serviceId, "service id");
        Objects.requireNonNull(staffId, "staff id");
        Objects.requireNonNull(status, "status");
        Violations violations = new Violations();
        if (from == null) {
            violations.add("from", "is required");
        }
        if (to == null) {
            violations.add("to", "is required");
        }
        if (from != null && to != null) {
            if (!to.isAfter(from)) {
                violations.add("to", "must be after from");
            } else if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
                violations.add("to", "must be at most " + MAX_RANGE.toDays() + " days after from");
            }
        }
        violations.throwIfAny();
    }
}
