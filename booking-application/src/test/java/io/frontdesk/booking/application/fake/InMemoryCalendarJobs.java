package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.port.out.CalendarJobs;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /** Every job, in the order enqueued; for assertions. */
    public synchronized List<CalendarJob> all() {
        return List.copyOf(jobs);
    }
}
