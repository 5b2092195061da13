package io.frontdesk.booking.adapter.persistence.waitlist;

import io.frontdesk.booking.application.port.out.WaitlistEntries;
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
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.frontdesk.booking.domain.waitlist.WaitlistOffer;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import java.util.UUID;

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
