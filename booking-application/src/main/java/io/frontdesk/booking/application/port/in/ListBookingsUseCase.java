package io.frontdesk.booking.application.port.in;

/** The seed's {@code getBookings}: a filtered, searched, paginated list of a tenant's bookings. */
public interface ListBookingsUseCase {

    Page<BookingView> list(ListBookingsQuery query);
}
