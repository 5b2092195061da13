package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryServices implements Services {

    private final Map<ServiceId, Service> services = new ConcurrentHashMap<>();

    @Override
    public Optional<Service> find(TenantId tenantId, ServiceId id) {
        return Optional.ofNullable(services.get(id)).filter(s -> s.tenantId().equals(tenantId));
    }

    @Override
    public List<Service> list(TenantId tenantId) {
        return services.values().stream()
                .filter(s -> s.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(Service::name).thenComparing(s -> s.id().toString()))
                .toList();
    }

    @Override
    public void save(Service service) {
        services.put(service.id(), service);
    }
}
