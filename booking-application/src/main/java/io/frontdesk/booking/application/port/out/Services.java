package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.List;
import java.util.Optional;

/** The services tenants offer. */
public interface Services {

    Optional<Service> find(TenantId tenantId, ServiceId id);

    /** All of a tenant's services, active or not, by name. */
    List<Service> list(TenantId tenantId);

    /** Adds a service, or replaces the stored one with the same id. */
    void save(Service service);
}
