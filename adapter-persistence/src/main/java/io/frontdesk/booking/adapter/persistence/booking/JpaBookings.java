package io.frontdesk.booking.adapter.persistence.booking;

import io.frontdesk.booking.adapter.persistence.PostgresErrors;
import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingModifiedConcurrentlyException;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.PersonName;
import io.frontdesk.booking.domain.shared.PhoneNumber;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotUnavailableException;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.UUID;

/**
 * Bookings on PostgreSQL. A second active booking of one slot is refused by the partial unique index
 * {@value #ONE_ACTIVE_PER_SLOT} and reported as the same "slot no longer available" as a lost race.
 */
@ApplicationScoped
public class JpaBookings implements Bookings, PanacheRepositoryBase<BookingJpaEntity, UUID> {

    static final String ONE_ACTIVE_PER_SLOT = "bookings_one_active_per_slot";

    @Override
    public Optional<Booking> find(TenantId tenantId, BookingId id) {
        return entity(tenantId, id.value()).map(JpaBookings::toDomain);
    }

    @Override
    public void add(Booking booking) {
        BookingJpaEntity entity = new BookingJpaEntity();
        Booking.Snapshot s = booking.snapshot();
        entity.id = s.id().value();
        entity.tenantId = s.tenantId().value();
        entity.slotId = s.slotId().value();
        entity.serviceId = s.serviceId().value();
        entity.staffId = s.staffId().value();
        entity.startTime = s.time().start();
        entity.endTime = s.time().end();
        entity.waitlistEntryId = s.waitlistEntryId().map(WaitlistEntryId::value).orElse(null);
        entity.bookingSource = s.source().value();
        entity.createdBy = s.createdBy().value();
        entity.createdAt = s.createdAt();
        copyState(s, entity);
        try {
            persist(entity);
            flush();
        } catch (PersistenceException e) {
            if (PostgresErrors.violatedConstraint(e).filter(ONE_ACTIVE_PER_SLOT::equals).isPresent()) {
                throw new SlotUnavailableException(s.slotId());
            }
            throw e;
        }
    }

    @Override
    public boolean anyForSlot(TenantId tenantId, SlotId slotId) {
        return count("tenantId = ?1 and slotId = ?2", tenantId.value(), slotId.value()) > 0;
    }

    @Override
    public void update(Booking booking) {
        BookingJpaEntity entity = entity(booking.tenantId(), booking.id().value())
                .filter(e -> e.version == booking.version())
                .orElseThrow(() -> new BookingModifiedConcurrentlyException(booking.id()));
        copyState(booking.snapshot(), entity);
        try {
            flush();
        } catch (OptimisticLockException e) {
            throw new BookingModifiedConcurrentlyException(booking.id());
        }
    }

    private Optional<BookingJpaEntity> entity(TenantId tenantId, UUID id) {
        return findByIdOptional(id).filter(e -> e.tenantId.equals(tenantId.value()));
    }

    private static void copyState(Booking.Snapshot s, BookingJpaEntity entity) {
        entity.customerName = s.customer().name().value();
        entity.customerPhone = s.customer().phone().e164();
        entity.customerEmail = s.customer().email().map(EmailAddress::value).orElse(null);
        entity.status = s.status().value();
        entity.confirmedAt = s.confirmedAt();
        entity.completedAt = s.completedAt().orElse(null);
        entity.canceledAt = s.canceledAt().orElse(null);
        entity.noShowAt = s.noShowAt().orElse(null);
        entity.cancellationReason = s.cancellationReason().orElse(null);
        entity.updatedAt = s.updatedAt();
    }

    static Booking toDomain(BookingJpaEntity e) {
        Customer customer = new Customer(PersonName.of(e.customerName), new PhoneNumber(e.customerPhone),
                Optional.ofNullable(e.customerEmail).map(EmailAddress::of));
        return Booking.reconstitute(new Booking.Snapshot(new BookingId(e.id), new TenantId(e.tenantId),
                new SlotId(e.slotId), new ServiceId(e.serviceId), new StaffId(e.staffId),
                new TimeRange(e.startTime, e.endTime), Optional.ofNullable(e.waitlistEntryId).map(WaitlistEntryId::new),
                customer, BookingSource.fromValue(e.bookingSource).orElseThrow(),
                BookingStatus.fromValue(e.status).orElseThrow(), e.confirmedAt, Optional.ofNullable(e.completedAt),
                Optional.ofNullable(e.canceledAt), Optional.ofNullable(e.noShowAt),
                Optional.ofNullable(e.cancellationReason), new ActorId(e.createdBy), e.createdAt, e.updatedAt,
                e.version));
    }
}
