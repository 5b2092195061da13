package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Optional;

/**
 * The seed's {@code updateBookingStatus}, {@code markAsCompleted}, {@code markAsNoShow} and {@code cancelBooking}.
 * Each changes the booking, releases the slot where the new status says so, writes the audit entry and enqueues
 * the calendar job, all in one transaction.
 *
 * @throws io.frontdesk.booking.domain.shared.NotFoundException no such booking for the tenant
 * @throws io.frontdesk.booking.domain.shared.IllegalTransitionException the booking's status forbids the move
 */
public interface ManageBookingStatusUseCase {

    BookingView updateStatus(UpdateBookingStatusCommand command);

    default BookingView complete(TenantId tenantId, ActorId actor, BookingId bookingId) {
        return updateStatus(new UpdateBookingStatusCommand(tenantId, actor, bookingId, BookingStatus.COMPLETED,
                Optional.empty()));
    }

    default BookingView markNoShow(TenantId tenantId, ActorId actor, BookingId bookingId) {
        return updateStatus(new UpdateBookingStatusCommand(tenantId, actor, bookingId, BookingStatus.NO_SHOW,
                Optional.empty()));
    }

    default BookingView cancel(TenantId tenantId, ActorId actor, BookingId bookingId, Optional<String> reason) {
        return updateStatus(new UpdateBookingStatusCommand(tenantId, actor, bookingId, BookingStatus.CANCELED,
                reason));
    }
}
