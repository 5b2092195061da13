package io.frontdesk.booking.adapter.persistence.slot;

import io.frontdesk.booking.adapter.persistence.PostgresErrors;
import io.frontdesk.booking.application.port.out.SlotSearch;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotInThePastException;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.slot.SlotUnavailableException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Slots on PostgreSQL. Booking a slot is one conditional {@code UPDATE} (open, in the future, this tenant) that
 * returns the booked row, so that of many concurrent attempts exactly one succeeds without locks held across the
 * request; only when it changes nothing does a second read tell "not found" from "in the past" from "taken".
 */
@ApplicationScoped
public class JpaSlots implements Slots, PanacheRepositoryBase<SlotJpaEntity, UUID> {

    static final String NO_OVERLAP = "slots_no_overlap";

    @Override
    public Optional<Slot> find(TenantId tenantId, SlotId id) {
        return entity(tenantId, id).map(JpaSlots::toDomain);
    }

    @Override
    public Slot tryBook(TenantId tenantId, SlotId id, Instant now) {
        List<?> booked = getEntityManager().createNativeQuery("""
                UPDATE slots SET status = 'booked', version = version + 1
                WHERE id = :id AND tenant_id = :tenant AND status = 'open' AND start_time > :now
                RETURNING *""", SlotJpaEntity.class)
                .setParameter("id", id.value())
                .setParameter("tenant", tenantId.value())
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultList();
        if (!booked.isEmpty()) {
            SlotJpaEntity entity = (SlotJpaEntity) booked.get(0);
            if (!SlotStatus.BOOKED.value().equals(entity.status)) {
                getEntityManager().refresh(entity); // loaded earlier in this transaction, so not the returned row
            }
            return toDomain(entity);
        }
        SlotJpaEntity entity = entity(tenantId, id)
                .orElseThrow(() -> new NotFoundException(ErrorCode.SLOT_NOT_FOUND, "Slot", id));
        if (!entity.startTime.isAfter(now)) {
            throw new SlotInThePastException(id);
        }
        throw new SlotUnavailableException(id);
    }

    @Override
    public void add(Slot slot) {
        SlotJpaEntity entity = new SlotJpaEntity();
        entity.id = slot.id().value();
        entity.tenantId = slot.tenantId().value();
        entity.serviceId = slot.serviceId().value();
        entity.staffId = slot.staffId().value();
        entity.startTime = slot.time().start();
        entity.endTime = slot.time().end();
        copyState(slot, entity);
        try {
            persist(entity);
            flush();
        } catch (PersistenceException e) {
            if (PostgresErrors.violatedConstraint(e).filter(NO_OVERLAP::equals).isPresent()) {
                throw DomainValidationException.of("start_time", "overlaps another slot of this staff member");
            }
            throw e;
        }
    }

    @Override
    public void update(Slot slot) {
        SlotJpaEntity entity = current(slot);
        copyState(slot, entity);
        try {
            flush();
        } catch (OptimisticLockException e) {
            throw new SlotUnavailableException(slot.id());
        }
    }

    @Override
    public void delete(Slot slot) {
        SlotJpaEntity entity = current(slot);
        try {
            delete(entity);
            flush();
        } catch (OptimisticLockException e) {
            throw new SlotUnavailableException(slot.id());
        }
    }

    @Override
    public List<Slot> search(SlotSearch search, int limit) {
        StringBuilder query = new StringBuilder("tenantId = :tenant and startTime >= :from and startTime < :to");
        Parameters parameters = Parameters.with("tenant", search.tenantId().value())
                .and("from", search.from()).and("to", search.to());
        if (search.serviceId().isPresent()) {
            query.append(" and serviceId = :service");
            parameters = parameters.and("service", search.serviceId().get().value());
        }
        if (!search.staffIds().isEmpty()) {
            query.append(" and staffId in :staff");
            parameters = parameters.and("staff", search.staffIds().stream().map(StaffId::value).toList());
        }
        if (search.status().isPresent()) {
            query.append(" and status = :status");
            parameters = parameters.and("status", search.status().get().value());
        }
        query.append(" order by startTime, id");
        return find(query.toString(), parameters).page(0, limit).stream().map(JpaSlots::toDomain).toList();
    }

    private Optional<SlotJpaEntity> entity(TenantId tenantId, SlotId id) {
        return findByIdOptional(id.value()).filter(e -> e.tenantId.equals(tenantId.value()));
    }

    /** The managed entity of {@code slot}, if it is still at the version the slot was loaded with. */
    private SlotJpaEntity current(Slot slot) {
        SlotJpaEntity entity = entity(slot.tenantId(), slot.id())
                .orElseThrow(() -> new SlotUnavailableException(slot.id()));
        if (entity.version != slot.version()) {
            throw new SlotUnavailableException(slot.id());
        }
        return entity;
    }

    private static void copyState(Slot slot, SlotJpaEntity entity) {
        entity.status = slot.status().value();
        entity.heldUntil = slot.heldUntil().orElse(null);
    }

    static Slot toDomain(SlotJpaEntity e) {
        return Slot.reconstitute(new SlotId(e.id), new TenantId(e.tenantId), new ServiceId(e.serviceId),
                new StaffId(e.staffId), new TimeRange(e.startTime, e.endTime),
                SlotStatus.fromValue(e.status).orElseThrow(), e.heldUntil, e.version);
    }
}
