package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.List;

/** The calendar outbox. */
public interface CalendarJobs {

    /** Adds a job in the caller's transaction: it exists exactly when the change that caused it was committed. */
    void enqueue(CalendarJob job);

    /** The jobs of one booking, oldest first. */
    List<CalendarJob> forBooking(TenantId tenantId, BookingId bookingId);

    /**
     * Claims up to {@code limit} pending jobs of any tenant that are due at {@code now}, most overdue first, and
     * holds them until {@code leaseUntil}: their next attempt moves there, so no other worker claims them in the
     * meantime, and a worker that dies lets them fall due again. Of concurrent claims (threads or processes), each
     * job goes to one at most; jobs another claim is taking are skipped, not waited for. A job is never claimed
     * while an older job of the same booking is pending, so a booking's changes reach its calendar in order.
     *
     * @return the claimed jobs, with {@code nextAttemptAt} = {@code leaseUntil}
     */
    List<CalendarJob> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Stores a job's new state, attempts, next attempt and last error (see {@link CalendarJob}'s transitions). */
    void update(CalendarJob job);
}
