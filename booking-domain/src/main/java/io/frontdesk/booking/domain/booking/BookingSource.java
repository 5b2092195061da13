package io.frontdesk.booking.domain.booking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a booking came about. Staff create {@code DIRECT}, {@code WALK_IN} and {@code MANUAL} (phone reservation)
 * bookings; {@code WAITLIST} bookings come only from an accepted waitlist offer.
 */
public enum BookingSource {
    WAITLIST, DIRECT, WALK_IN, MANUAL;

    public boolean isStaffCreatable() {
        return switch (this) {
            case DIRECT, WALK_IN, MANUAL -> true;
            case WAITLIST -> false;
        };
    }

    /** The lower-case name used in storage and on the wire, e.g. {@code walk_in}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BookingSource> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
