package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.TenantId;
import java.util.function.Consumer;

/**
 * Live views of a tenant's bookings: a watcher hears of every booking created or changed in its tenant, once the
 * change is committed, and never of another tenant's.
 */
public interface WatchBookingsUseCase {

    /** Starts telling {@code listener} of {@code tenantId}'s booking changes until the answer is canceled. */
    Watch watch(TenantId tenantId, Consumer<BookingNotice> listener);

    /** A running watch; {@link #cancel()} stops it (idempotent). */
    interface Watch {
        void cancel();
    }
}
