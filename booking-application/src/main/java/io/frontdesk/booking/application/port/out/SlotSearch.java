package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Slots of a tenant starting in {@code [from, to)}, optionally of one service, staff member and status. */
public record SlotSearch(TenantId tenantId, Optional<ServiceId> serviceId, Optional<StaffId> staffId,
        Optional<SlotStatus> status, Instant from, Instant to) {

    public SlotSearch {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(serviceId, "service id");
        Objects.requireNonNull(staffId, "staff id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
