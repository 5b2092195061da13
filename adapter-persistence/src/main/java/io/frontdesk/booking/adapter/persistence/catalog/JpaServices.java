package io.frontdesk.booking.adapter.persistence.catalog;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.TenantId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaServices implements Services, PanacheRepositoryBase<ServiceJpaEntity, UUID> {

    @Override
    public Optional<Service> find(TenantId tenantId, ServiceId id) {
        return findByIdOptional(id.value()).filter(e -> e.tenantId.equals(tenantId.value()))
                .map(JpaServices::toDomain);
    }

    @Override
    public List<Service> list(TenantId tenantId) {
        return find("tenantId = ?1 order by name, id", tenantId.value()).stream()
                .map(JpaServices::toDomain).toList();
    }

    @Override
    public void save(Service service) {
        ServiceJpaEntity entity = findByIdOptional(service.id().value())
                .filter(e -> e.tenantId.equals(service.tenantId().value()))
                .orElseGet(() -> {
                    ServiceJpaEntity created = new ServiceJpaEntity();
                    created.id = service.id().value();
                    created.tenantId = service.tenantId().value();
                    return created;
                });
        entity.name = service.name();
        entity.durationMinutes = Math.toIntExact(service.duration().toMinutes());
        entity.priceMinor = service.price().map(Money::minorUnits).orElse(null);
        entity.priceCurrency = service.price().map(m -> m.currency().getCurrencyCode()).orElse(null);
        entity.active = service.active();
        persist(entity);
    }

    static Service toDomain(ServiceJpaEntity e) {
        Optional<Money> price = e.priceMinor == null
                ? Optional.empty()
                : Optional.of(Money.of(e.priceMinor, e.priceCurrency.trim()));
        return new Service(new ServiceId(e.id), new TenantId(e.tenantId), e.name, Duration.ofMinutes(e.durationMinutes),
                price, e.active);
    }
}
