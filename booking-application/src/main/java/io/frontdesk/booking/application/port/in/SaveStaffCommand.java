package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.List;
import java.util.Objects;

/**
 * A staff member's fields as an admin typed them: {@code name}, optional {@code role} and {@code email},
 * {@code active} (default true) and the {@code service_ids} they perform (each must be one of the tenant's).
 */
public record SaveStaffCommand(TenantId tenantId, ActorId actor, String name, String role, String email,
        Boolean active, List<ServiceId> serviceIds) {

    public SaveStaffCommand {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(actor, "actor");
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
    }
}
