package io.frontdesk.booking.application.port.out;

/**
 * A calendar could not be reached or refused a change. The message is for the people who fix it (it is shown on
 * the booking): what went wrong, in words, with the calendar's answer, and never a credential.
 */
public final class CalendarDeliveryException extends RuntimeException {

    public CalendarDeliveryException(String message) {
        super(message);
    }

    public CalendarDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
