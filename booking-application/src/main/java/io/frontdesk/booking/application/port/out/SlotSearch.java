package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Slots of a tenant starting in {@code [from, to)}, optionally of one service and status, and of any of
 * {@code staffIds} (an empty set means any staff member).
 */
public record SlotSearch(TenantId tenantId, Optional<ServiceId> serviceId, Set<StaffId> staffIds,
        Optional<SlotStatus> status, Instant from, Instant to) {

    public SlotSearch {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(serviceId, "service id");
        staffIds = Set.copyOf(staffIds);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
