package io.frontdesk.booking.adapter.persistence.calendar;

import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.port.out.CalendarJobs;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The calendar outbox table; rows are written in the transaction of the booking change that caused them. */
@ApplicationScoped
public class JpaCalendarJobs implements CalendarJobs, PanacheRepositoryBase<CalendarJobJpaEntity, UUID> {

    @Override
    public void enqueue(CalendarJob job) {
        CalendarJobJpaEntity entity = new CalendarJobJpaEntity();
        entity.id = job.id();
        entity.tenantId = job.tenantId().value();
        entity.bookingId = job.bookingId().value();
        entity.action = job.action().name().toLowerCase(Locale.ROOT);
        entity.state = job.state().name().toLowerCase(Locale.ROOT);
        entity.attempts = job.attempts();
        entity.nextAttemptAt = job.nextAttemptAt();
        entity.lastError = job.lastError().orElse(null);
        entity.createdAt = job.createdAt();
        persist(entity);
    }

    @Override
    public List<CalendarJob> forBooking(TenantId tenantId, BookingId bookingId) {
        return find("tenantId = ?1 and bookingId = ?2 order by createdAt, seq", tenantId.value(), bookingId.value())
                .stream().map(JpaCalendarJobs::toDomain).toList();
    }

    private static CalendarJob toDomain(CalendarJobJpaEntity e) {
        return new CalendarJob(e.id, new TenantId(e.tenantId), new BookingId(e.bookingId),
                CalendarJob.Action.valueOf(e.action.toUpperCase(Locale.ROOT)),
                CalendarJob.State.valueOf(e.state.toUpperCase(Locale.ROOT)), e.attempts, e.nextAttemptAt,
                Optional.ofNullable(e.lastError), e.createdAt);
    }
}
