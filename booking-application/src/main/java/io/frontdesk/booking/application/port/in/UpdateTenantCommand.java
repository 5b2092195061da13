package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Objects;

/** New settings of a tenant, as typed; validated by the use case (fields {@code name}, {@code time_zone},
 * {@code phone_region}). */
public record UpdateTenantCommand(TenantId tenantId, ActorId actor, String name, String timeZone,
        String phoneRegion) {

    public UpdateTenantCommand {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(actor, "actor");
    }
}
