package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One slot: a staff member performing a service from {@code start}; the end defaults to start + duration. */
public record CreateSlotCommand(TenantId tenantId, ActorId actor, ServiceId serviceId, StaffId staffId,
        Instant start, Optional<Instant> end) {

    public CreateSlotCommand {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(end, "end");
    }
}
