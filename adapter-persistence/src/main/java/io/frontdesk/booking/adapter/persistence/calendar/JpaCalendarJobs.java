package io.frontdesk.booking.adapter.persistence.calendar;

import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.port.out.CalendarJobs;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The calendar outbox table; rows are written in the transaction of the booking change that caused them. Workers
 * claim due rows with {@code FOR UPDATE SKIP LOCKED}, so any number of them, in any number of processes, share the
 * work without waiting for each other and without taking a row twice.
 */
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

    @Override
    public List<CalendarJob> claimDue(Instant now, Instant leaseUntil, int limit) {
        // The newest version of each row is read under the row lock, so a row another claim has just leased
        // (its next attempt moved past now) is seen as not due, and rows being claimed right now are skipped.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                WITH due AS (
                    SELECT j.id, j.next_attempt_at AS due_at FROM calendar_jobs j
                    WHERE j.state = 'pending' AND j.next_attempt_at <= :now
                      AND NOT EXISTS (SELECT 1 FROM calendar_jobs e
                                      WHERE e.tenant_id = j.tenant_id AND e.booking_id = j.booking_id
                                        AND e.state = 'pending' AND e.seq < j.seq)
                    ORDER BY j.next_attempt_at, j.seq
                    LIMIT :limit
                    FOR UPDATE OF j SKIP LOCKED)
                UPDATE calendar_jobs c SET next_attempt_at = :leaseUntil, updated_at = now()
                FROM due WHERE c.id = due.id
                RETURNING c.id, c.tenant_id, c.booking_id, c.action, c.state, c.attempts, c.next_attempt_at,
                          c.last_error, c.created_at, due.due_at, c.seq""")
                .setParameter("now", now)
                .setParameter("leaseUntil", leaseUntil)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .sorted(Comparator.comparing((Object[] r) -> SqlValues.instant(r[9]))
                        .thenComparing(r -> ((Number) r[10]).longValue()))
                .map(r -> new CalendarJob(SqlValues.uuid(r[0]), new TenantId(SqlValues.uuid(r[1])),
                        new BookingId(SqlValues.uuid(r[2])), action((String) r[3]), state((String) r[4]),
                        ((Number) r[5]).intValue(), SqlValues.instant(r[6]), Optional.ofNullable((String) r[7]),
                        SqlValues.instant(r[8])))
                .toList();
    }

    @Override
    public void update(CalendarJob job) {
        CalendarJobJpaEntity entity = findByIdOptional(job.id())
                .filter(e -> e.tenantId.equals(job.tenantId().value()))
                .orElseThrow(() -> new IllegalStateException("calendar job " + job.id() + " does not exist"));
        entity.state = job.state().name().toLowerCase(Locale.ROOT);
        entity.attempts = job.attempts();
        entity.nextAttemptAt = job.nextAttemptAt();
        entity.lastError = job.lastError().orElse(null);
    }

    private static CalendarJob.Action action(String value) {
        return CalendarJob.Action.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static CalendarJob.State state(String value) {
        return CalendarJob.State.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static CalendarJob toDomain(CalendarJobJpaEntity e) {
        return new CalendarJob(e.id, new TenantId(e.tenantId), new BookingId(e.bookingId),
                CalendarJob.Action.valueOf(e.action.toUpperCase(Locale.ROOT)),
                CalendarJob.State.valueOf(e.state.toUpperCase(Locale.ROOT)), e.attempts, e.nextAttemptAt,
                Optional.ofNullable(e.lastError), e.createdAt);
    }
}
