package io.frontdesk.booking.adapter.persistence.calendar;

import io.frontdesk.booking.application.port.out.CalendarAccount;
import io.frontdesk.booking.application.port.out.StaffCalendars;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaStaffCalendars implements StaffCalendars,
        PanacheRepositoryBase<StaffCalendarAccountJpaEntity, UUID> {

    @Override
    public Optional<CalendarAccount> find(TenantId tenantId, StaffId staffId) {
        return findByIdOptional(staffId.value()).filter(e -> e.tenantId.equals(tenantId.value()))
                .map(e -> new CalendarAccount(new TenantId(e.tenantId), new StaffId(e.staffId),
                        URI.create(e.collectionUrl), e.username, e.sealedPassword));
    }

    @Override
    public void save(CalendarAccount account) {
        StaffCalendarAccountJpaEntity entity = findByIdOptional(account.staffId().value()).orElseGet(() -> {
            StaffCalendarAccountJpaEntity created = new StaffCalendarAccountJpaEntity();
            created.staffId = account.staffId().value();
            created.tenantId = account.tenantId().value();
            return created;
        });
        if (!entity.tenantId.equals(account.tenantId().value())) {
            throw new IllegalArgumentException("staff member " + account.staffId() + " is another tenant's");
        }
        entity.collectionUrl = account.collectionUrl().toString();
        entity.username = account.username();
        entity.sealedPassword = account.sealedPassword();
        persist(entity);
    }

    @Override
    public void remove(TenantId tenantId, StaffId staffId) {
        delete("staffId = ?1 and tenantId = ?2", staffId.value(), tenantId.value());
    }
}
