package io.frontdesk.booking.app;

import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.port.out.CalendarJobs;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a test break the last step of a use case: for the tenants it names, enqueuing a calendar job — which
 * happens after the booking, the slot and the audit entry were written — throws. Everyone else is served normally.
 */
@Decorator
@Priority(10)
public abstract class FailingCalendarJobs implements CalendarJobs {

    private static final Set<UUID> FAILING = ConcurrentHashMap.newKeySet();

    @Inject
    @Any
    @Delegate
    CalendarJobs delegate;

    public static void failFor(UUID tenantId) {
        FAILING.add(tenantId);
    }

    public static void recover(UUID tenantId) {
        FAILING.remove(tenantId);
    }

    @Override
    public void enqueue(CalendarJob job) {
        if (FAILING.contains(job.tenantId().value())) {
            throw new IllegalStateException("calendar job store unavailable (forced by a test)");
        }
        delegate.enqueue(job);
    }
}
