package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.port.out.CalendarJobs;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The outbox as a list in the order of writing; claims are atomic because every method holds the lock. */
public final class InMemoryCalendarJobs implements CalendarJobs {

    private final List<CalendarJob> jobs = new ArrayList<>();

    @Override
    public synchronized void enqueue(CalendarJob job) {
        jobs.add(job);
    }

    @Override
    public synchronized List<CalendarJob> forBooking(TenantId tenantId, BookingId bookingId) {
        return jobs.stream().filter(j -> j.tenantId().equals(tenantId) && j.bookingId().equals(bookingId))
                .sorted(Comparator.comparing(CalendarJob::createdAt))
                .toList();
    }

    @Override
    public synchronized List<CalendarJob> claimDue(Instant now, Instant leaseUntil, int limit) {
        Set<BookingId> waiting = new HashSet<>();
        List<CalendarJob> firstPendingPerBooking = new ArrayList<>();
        for (CalendarJob job : jobs.stream().sorted(Comparator.comparing(CalendarJob::createdAt)).toList()) {
            if (job.state() == CalendarJob.State.PENDING && waiting.add(job.bookingId())) {
                firstPendingPerBooking.add(job);
            }
        }
        List<CalendarJob> claimed = firstPendingPerBooking.stream()
                .filter(j -> !j.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(CalendarJob::nextAttemptAt))
                .limit(limit)
                .map(j -> new CalendarJob(j.id(), j.tenantId(), j.bookingId(), j.action(), j.state(), j.attempts(),
                        leaseUntil, j.lastError(), j.createdAt()))
                .toList();
        claimed.forEach(this::update);
        return claimed;
    }

    @Override
    public synchronized void update(CalendarJob job) {
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).id().equals(job.id())) {
                jobs.set(i, job);
                return;
            }
        }
    }

    /** Every job, in the order enqueued; for assertions. */
    public synchronized List<CalendarJob> all() {
        return List.copyOf(jobs);
    }
}
