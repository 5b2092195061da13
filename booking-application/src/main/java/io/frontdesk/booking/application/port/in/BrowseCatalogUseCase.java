package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.List;
import java.util.Optional;

/** What the create-booking flow chooses from: a tenant's active services, and the active staff performing one. */
public interface BrowseCatalogUseCase {

    /** Active services, by name. */
    List<Service> services(TenantId tenantId);

    /** Active staff members, by name; only those performing {@code serviceId} when it is given. */
    List<Staff> staff(TenantId tenantId, Optional<ServiceId> serviceId);
}
