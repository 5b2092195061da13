package io.frontdesk.booking.adapter.persistence.calendar;

import io.frontdesk.booking.application.port.out.CalendarFeeds;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCalendarFeeds implements CalendarFeeds, PanacheRepositoryBase<StaffCalendarFeedJpaEntity, UUID> {

    @Override
    public void replace(TenantId tenantId, StaffId staffId, String tokenHash, Instant at) {
        StaffCalendarFeedJpaEntity entity = findByIdOptional(staffId.value()).orElseGet(() -> {
            StaffCalendarFeedJpaEntity created = new StaffCalendarFeedJpaEntity();
            created.staffId = staffId.value();
            created.tenantId = tenantId.value();
            return created;
        });
        if (!entity.tenantId.equals(tenantId.value())) {
            throw new IllegalArgumentException("staff member " + staffId + " is another tenant's");
        }
        entity.tokenHash = tokenHash;
        entity.issuedAt = at;
        persist(entity);
    }

    @Override
    public boolean exists(TenantId tenantId, StaffId staffId) {
        return count("staffId = ?1 and tenantId = ?2", staffId.value(), tenantId.value()) > 0;
    }

    @Override
    public Optional<Owner> ownerOf(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional()
                .map(e -> new Owner(new TenantId(e.tenantId), new StaffId(e.staffId)));
    }
}
