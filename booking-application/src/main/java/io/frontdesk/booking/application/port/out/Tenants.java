package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Optional;

/** The businesses using Frontdesk. */
public interface Tenants {

    Optional<Tenant> find(TenantId id);

    /** Adds a tenant, or replaces the stored one with the same id. */
    void save(Tenant tenant);

    /** Adds a tenant unless one with the same id exists, in which case nothing changes (safe under races). */
    void addIfAbsent(Tenant tenant);
}
