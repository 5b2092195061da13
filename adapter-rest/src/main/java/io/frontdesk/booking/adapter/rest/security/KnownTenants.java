package io.frontdesk.booking.adapter.rest.security;

import io.frontdesk.booking.application.port.in.ManageTenantUseCase;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.shared.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates a tenant's row the first time a token names it, and remembers which tenants exist so that later
 * requests skip the lookup.
 */
@ApplicationScoped
public class KnownTenants {

    private final ManageTenantUseCase tenants;
    private final PhoneRegion defaultRegion;
    private final Set<TenantId> known = ConcurrentHashMap.newKeySet();

    @Inject
    public KnownTenants(ManageTenantUseCase tenants, ApiConfig config) {
        this.tenants = tenants;
        this.defaultRegion = PhoneRegion.of(config.tenant().defaultPhoneRegion());
    }

    void ensureExists(TenantId tenantId) {
        if (!known.contains(tenantId)) {
            tenants.ensureExists(tenantId, defaultRegion);
            known.add(tenantId);
        }
    }
}
