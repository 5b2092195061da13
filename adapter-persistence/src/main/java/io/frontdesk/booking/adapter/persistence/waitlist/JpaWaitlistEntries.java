package io.frontdesk.booking.adapter.persistence.waitlist;

import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistFilter;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.PersonName;
import io.frontdesk.booking.domain.shared.PhoneNumber;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.frontdesk.booking.domain.waitlist.WaitlistOffer;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Waitlist entries on PostgreSQL. The next in line for a slot is claimed with {@code FOR UPDATE SKIP LOCKED}: two
 * slots freed at the same moment go to two different entries, and neither use case waits for the other.
 */
@ApplicationScoped
public class JpaWaitlistEntries implements WaitlistEntries, PanacheRepositoryBase<WaitlistEntryJpaEntity, UUID> {

    @Override
    public Optional<WaitlistEntry> find(TenantId tenantId, WaitlistEntryId id) {
        return entity(tenantId, id).map(JpaWaitlistEntries::toDomain);
    }

    @Override
    public void add(WaitlistEntry entry) {
        WaitlistEntryJpaEntity entity = new WaitlistEntryJpaEntity();
        entity.id = entry.id().value();
        entity.tenantId = entry.tenantId().value();
        entity.serviceId = entry.serviceId().value();
        entity.staffId = entry.staffId().map(StaffId::value).orElse(null);
        entity.createdAt = entry.createdAt();
        copyState(entry, entity);
        persist(entity);
    }

    @Override
    public void update(WaitlistEntry entry) {
        WaitlistEntryJpaEntity entity = entity(entry.tenantId(), entry.id())
                .filter(e -> e.version == entry.version())
                .orElseThrow(() -> changedConcurrently(entry));
        copyState(entry, entity);
        try {
            flush();
        } catch (OptimisticLockException e) {
            throw changedConcurrently(entry);
        }
    }

    @Override
    public Optional<WaitlistEntry> nextInLine(Slot slot, Set<WaitlistEntryId> excluded) {
        String notExcluded = excluded.isEmpty() ? "" : " AND id NOT IN (:excluded)";
        Query query = getEntityManager().createNativeQuery("""
                SELECT * FROM waitlist_entries
                WHERE tenant_id = :tenant AND service_id = :service AND status = 'waiting'
                  AND (staff_id IS NULL OR staff_id = :staff)
                  AND wanted_from <= :start AND wanted_to >= :end""" + notExcluded + """

                ORDER BY created_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", WaitlistEntryJpaEntity.class)
                .setParameter("tenant", slot.tenantId().value())
                .setParameter("service", slot.serviceId().value())
                .setParameter("staff", slot.staffId().value())
                .setParameter("start", slot.time().start())
                .setParameter("end", slot.time().end());
        if (!excluded.isEmpty()) {
            query.setParameter("excluded", excluded.stream().map(WaitlistEntryId::value).toList());
        }
        @SuppressWarnings("unchecked")
        List<WaitlistEntryJpaEntity> rows = query.getResultList();
        return rows.stream().findFirst().map(JpaWaitlistEntries::toDomain);
    }

    @Override
    public List<WaitlistEntry> lapsed(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<WaitlistEntryJpaEntity> rows = getEntityManager().createNativeQuery("""
                SELECT * FROM waitlist_entries
                WHERE status = 'waiting' AND wanted_to <= :now
                ORDER BY created_at, id
                LIMIT :limit
                FOR UPDATE SKIP LOCKED""", WaitlistEntryJpaEntity.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(JpaWaitlistEntries::toDomain).toList();
    }

    @Override
    public boolean anyWaiting(TenantId tenantId, ServiceId serviceId) {
        return count("tenantId = ?1 and serviceId = ?2 and status = 'waiting'", tenantId.value(),
                serviceId.value()) > 0;
    }

    @Override
    public Page<WaitlistEntry> list(WaitlistFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("tenantId = :tenant");
        Parameters parameters = Parameters.with("tenant", filter.tenantId().value());
        if (filter.status().isPresent()) {
            where.append(" and status = :status");
            parameters = parameters.and("status", filter.status().get().value());
        }
        if (filter.serviceId().isPresent()) {
            where.append(" and serviceId = :service");
            parameters = parameters.and("service", filter.serviceId().get().value());
        }
        if (filter.staffId().isPresent()) {
            where.append(" and staffId = :staff");
            parameters = parameters.and("staff", filter.staffId().get().value());
        }
        long total = count(where.toString(), parameters);
        List<WaitlistEntry> items = find(where + " order by createdAt, id", parameters)
                .range((int) page.offset(), (int) page.offset() + page.limit() - 1)
                .stream().map(JpaWaitlistEntries::toDomain).toList();
        return new Page<>(items, page.page(), page.limit(), total);
    }

    private Optional<WaitlistEntryJpaEntity> entity(TenantId tenantId, WaitlistEntryId id) {
        return findByIdOptional(id.value()).filter(e -> e.tenantId.equals(tenantId.value()));
    }

    private static IllegalTransitionException changedConcurrently(WaitlistEntry entry) {
        return new IllegalTransitionException(ErrorCode.WAITLIST_TRANSITION_REFUSED,
                "waitlist entry (changed concurrently)", "stale", entry.status().value());
    }

    private static void copyState(WaitlistEntry entry, WaitlistEntryJpaEntity entity) {
        entity.customerName = entry.customer().name().value();
        entity.customerPhone = entry.customer().phone().e164();
        entity.customerEmail = entry.customer().email().map(EmailAddress::value).orElse(null);
        entity.wantedFrom = entry.wantedWindow().start();
        entity.wantedTo = entry.wantedWindow().end();
        entity.status = entry.status().value();
        entity.offerSlotId = entry.offer().map(o -> o.slotId().value()).orElse(null);
        entity.offeredAt = entry.offer().map(WaitlistOffer::offeredAt).orElse(null);
        entity.offerExpiresAt = entry.offer().map(WaitlistOffer::expiresAt).orElse(null);
    }

    private static WaitlistEntry toDomain(WaitlistEntryJpaEntity e) {
        Customer customer = new Customer(PersonName.of(e.customerName), new PhoneNumber(e.customerPhone),
                Optional.ofNullable(e.customerEmail).map(EmailAddress::of));
        Optional<WaitlistOffer> offer = Optional.ofNullable(e.offerSlotId)
                .map(slot -> new WaitlistOffer(new SlotId(slot), e.offeredAt, e.offerExpiresAt));
        return WaitlistEntry.reconstitute(new WaitlistEntryId(e.id), new TenantId(e.tenantId), customer,
                new ServiceId(e.serviceId), Optional.ofNullable(e.staffId).map(StaffId::new),
                new TimeRange(e.wantedFrom, e.wantedTo), WaitlistStatus.fromValue(e.status).orElseThrow(), offer,
                e.createdAt, e.version);
    }
}
