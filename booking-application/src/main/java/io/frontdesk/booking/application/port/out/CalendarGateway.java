package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.booking.BookingId;

/**
 * A staff member's external calendar (CalDAV). Both operations are idempotent, so a job may be delivered again
 * after a crash or a lost answer: writing an event that already exists changes nothing and creates no duplicate,
 * and deleting one that is gone succeeds.
 */
public interface CalendarGateway {

    /**
     * Writes the booking's event unless it is there already.
     *
     * @throws CalendarDeliveryException when the calendar could not be reached or refused the event
     */
    void createEvent(CalendarCredentials calendar, CalendarEvent event);

    /**
     * Removes the booking's event, if the calendar holds it.
     *
     * @throws CalendarDeliveryException when the calendar could not be reached or refused the deletion
     */
    void deleteEvent(CalendarCredentials calendar, BookingId bookingId);
}
