package io.frontdesk.booking.adapter.persistence.tenant;

import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaTenants implements Tenants, PanacheRepositoryBase<TenantJpaEntity, UUID> {

    @Override
    public Optional<Tenant> find(TenantId id) {
        return findByIdOptional(id.value()).map(JpaTenants::toDomain);
    }

    @Override
    public void save(Tenant tenant) {
        TenantJpaEntity entity = findByIdOptional(tenant.id().value()).orElseGet(() -> {
            TenantJpaEntity created = new TenantJpaEntity();
            created.id = tenant.id().value();
            return created;
        });
        entity.name = tenant.name();
        entity.timeZone = tenant.timeZone().getId();
        entity.phoneRegion = tenant.phoneRegion().code();
        persist(entity);
    }

    @Override
    public void addIfAbsent(Tenant tenant) {
        getEntityManager().createNativeQuery("""
                INSERT INTO tenants (id, name, time_zone, phone_region) VALUES (:id, :name, :zone, :region)
                ON CONFLICT (id) DO NOTHING""")
                .setParameter("id", tenant.id().value())
                .setParameter("name", tenant.name())
                .setParameter("zone", tenant.timeZone().getId())
                .setParameter("region", tenant.phoneRegion().code())
                .executeUpdate();
    }

    private static Tenant toDomain(TenantJpaEntity e) {
        return new Tenant(new TenantId(e.id), e.name, ZoneId.of(e.timeZone), PhoneRegion.of(e.phoneRegion));
    }
}
