package io.frontdesk.booking.adapter.persistence.catalog;

import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.PersonName;
import io.frontdesk.booking.domain.shared.TenantId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaStaffMembers implements StaffMembers, PanacheRepositoryBase<StaffJpaEntity, UUID> {

    @Override
    public Optional<Staff> find(TenantId tenantId, StaffId id) {
        return findByIdOptional(id.value()).filter(e -> e.tenantId.equals(tenantId.value()))
                .map(JpaStaffMembers::toDomain);
    }

    @Override
    public List<Staff> list(TenantId tenantId) {
        return find("tenantId = ?1 order by name, id", tenantId.value()).stream()
                .map(JpaStaffMembers::toDomain).toList();
    }

    @Override
    public void save(Staff staff) {
        StaffJpaEntity entity = findByIdOptional(staff.id().value())
                .filter(e -> e.tenantId.equals(staff.tenantId().value()))
                .orElseGet(() -> {
                    StaffJpaEntity created = new StaffJpaEntity();
                    created.id = staff.id().value();
                    created.tenantId = staff.tenantId().value();
                    return created;
                });
        entity.name = staff.name().value();
        entity.role = staff.role().orElse(null);
        entity.email = staff.email().map(EmailAddress::value).orElse(null);
        entity.active = staff.active();
        entity.services.clear();
        staff.serviceIds().forEach(s -> entity.services.add(new StaffServiceRef(staff.tenantId().value(), s.value())));
        persist(entity);
    }

    static Staff toDomain(StaffJpaEntity e) {
        return new Staff(new StaffId(e.id), new TenantId(e.tenantId), PersonName.of(e.name),
                Optional.ofNullable(e.role), Optional.ofNullable(e.email).map(EmailAddress::of), e.active,
                e.services.stream().map(s -> new ServiceId(s.serviceId)).collect(Collectors.toSet()));
    }
}
