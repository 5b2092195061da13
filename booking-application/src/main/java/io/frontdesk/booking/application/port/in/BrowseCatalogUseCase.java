package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * What the create-booking flow chooses from — a tenant's active services, and the active staff performing one —
 * and, for admins, the inactive ones too.
 */
public interface BrowseCatalogUseCase {

    /** Services by name; inactive ones only when asked for. */
    List<Service> services(TenantId tenantId, boolean includeInactive);

    /**
     * Staff members by name; only those performing {@code serviceId} when it is given; inactive ones only when asked.
     *
     * @throws io.frontdesk.booking.domain.shared.NotFoundException when the tenant has no such service
     */
    List<Staff> staff(TenantId tenantId, Optional<ServiceId> serviceId, boolean includeInactive);
}
