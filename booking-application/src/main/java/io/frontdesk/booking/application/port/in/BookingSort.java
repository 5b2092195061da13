package io.frontdesk.booking.application.port.in;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Orders of the booking list. Start time ascending is the default (what the desk works through); creation time
 * descending shows the newest bookings first. Ties are broken by booking id so that pages never overlap.
 */
public enum BookingSort {
    START_TIME, CREATED_AT;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BookingSort> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
