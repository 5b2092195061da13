package io.frontdesk.booking.application.port.in;

/**
 * The seed's {@code getBookingStats}. "Today" is the current day in the tenant's time zone; "upcoming" is
 * confirmed bookings starting within the next 7 days; every count also respects the query's date range.
 */
public interface BookingStatsUseCase {

    BookingStats stats(BookingStatsQuery query);
}
