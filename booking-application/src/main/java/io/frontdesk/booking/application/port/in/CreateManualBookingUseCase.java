package io.frontdesk.booking.application.port.in;

/**
 * The seed's {@code createManualBooking}: books an open, future slot for a walk-in, phone or direct customer,
 * atomically, with its audit entry and calendar job.
 */
public interface CreateManualBookingUseCase {

    /**
     * @throws io.frontdesk.booking.domain.shared.DomainValidationException invalid input, every field named
     * @throws io.frontdesk.booking.domain.shared.NotFoundException no such slot for the tenant
     * @throws io.frontdesk.booking.domain.slot.SlotInThePastException the slot has started
     * @throws io.frontdesk.booking.domain.slot.SlotUnavailableException the slot was taken first
     */
    BookingView create(CreateManualBookingCommand command);
}
