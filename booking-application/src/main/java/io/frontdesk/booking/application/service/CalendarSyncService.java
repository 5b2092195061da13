package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.CalendarSync;
import io.frontdesk.booking.application.port.in.NothingToRetryException;
import io.frontdesk.booking.application.port.in.RetryCalendarSyncUseCase;
import io.frontdesk.booking.application.port.in.SyncCalendarsUseCase;
import io.frontdesk.booking.application.port.out.CalendarDeliveryException;
import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarGateway;
import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.port.out.CalendarJobs;
import io.frontdesk.booking.application.port.out.CalendarQueries;
import io.frontdesk.booking.application.port.out.StaffCalendars;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers the calendar outbox: claims due jobs, writes or deletes each booking's event through the
 * {@link CalendarGateway} outside any transaction, and records the outcome — done, or retried later with
 * exponential backoff and jitter, or failed once the attempts are used up, always with the last error. Also lets
 * admins send a failed change again.
 */
@ApplicationScoped
public class CalendarSyncService implements SyncCalendarsUseCase, RetryCalendarSyncUseCase {

    private static final System.Logger LOG = System.getLogger(CalendarSyncService.class.getName());

    private final CalendarOutbox outbox;
    private final CalendarGateway gateway;
    private final CalendarJobs jobs;
    private final CalendarQueries queries;
    private final StaffCalendars staffCalendars;
    private final CalendarSyncPolicy policy;
    private final Clock clock;

    @Inject
    public CalendarSyncService(CalendarOutbox outbox, CalendarGateway gateway, CalendarJobs jobs,
            CalendarQueries queries, StaffCalendars staffCalendars, CalendarSyncPolicy policy, Clock clock) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.jobs = jobs;
        this.queries = queries;
        this.staffCalendars = staffCalendars;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public int processDueJobs() {
        int handled = 0;
        List<CalendarJob> batch;
        do {
            Instant now = clock.instant();
            batch = outbox.claim(now, now.plus(policy.lease()), policy.batchSize());
            batch.forEach(this::deliver);
            handled += batch.size();
        } while (!batch.isEmpty());
        return handled;
    }

    private void deliver(CalendarJob job) {
        try {
            Optional<CalendarOutbox.Delivery> delivery = outbox.prepare(job);
            if (delivery.isEmpty()) {
                return;
            }
            CalendarOutbox.Delivery d = delivery.get();
            switch (job.action()) {
                case CREATE_EVENT -> gateway.createEvent(d.calendar(), d.event().orElseThrow());
                case DELETE_EVENT -> gateway.deleteEvent(d.calendar(), job.bookingId());
            }
            outbox.record(job.delivered());
        } catch (CalendarDeliveryException e) {
            outbox.record(afterFailure(job, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Calendar job " + job.id() + " failed unexpectedly", e);
            outbox.record(afterFailure(job, "Unexpected error: " + e.getMessage()));
        }
    }

    private CalendarJob afterFailure(CalendarJob job, String error) {
        int failures = job.attempts() + 1;
        if (failures >= policy.maxAttempts()) {
            return job.gaveUp(error);
        }
        Instant retryAt = clock.instant().plus(policy.delayAfter(failures, ThreadLocalRandom.current().nextDouble()));
        return job.retryAt(retryAt, error);
    }

    @Override
    @Transactional
    public CalendarSync retry(TenantId tenantId, ActorId actor, BookingId bookingId) {
        CalendarEvent booking = queries.event(tenantId, bookingId)
                .orElseThrow(() -> new NotFoundException(ErrorCode.BOOKING_NOT_FOUND, "Booking", bookingId));
        boolean hasCalendar = staffCalendars.find(tenantId, booking.staffId()).isPresent();
        List<CalendarJob> bookingJobs = jobs.forBooking(tenantId, bookingId);
        if (bookingJobs.isEmpty()) {
            throw new NothingToRetryException(CalendarSyncStates.of(bookingJobs, hasCalendar).state());
        }
        CalendarJob latest = bookingJobs.get(bookingJobs.size() - 1);
        if (latest.state() != CalendarJob.State.FAILED && latest.state() != CalendarJob.State.SKIPPED) {
            throw new NothingToRetryException(CalendarSyncStates.of(bookingJobs, hasCalendar).state());
        }
        jobs.update(latest.requeued(clock.instant()));
        return CalendarSyncStates.of(jobs.forBooking(tenantId, bookingId), hasCalendar);
    }
}
