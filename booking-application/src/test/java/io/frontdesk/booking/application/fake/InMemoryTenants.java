package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryTenants implements Tenants {

    private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(tenants.get(id));
    }

    @Override
    public void save(Tenant tenant) {
        tenants.put(tenant.id(), tenant);
    }

    @Override
    public void addIfAbsent(Tenant tenant) {
        tenants.putIfAbsent(tenant.id(), tenant);
    }
}
