package io.frontdesk.booking.domain.booking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The life cycle of a booking: it starts {@code CONFIRMED} and ends exactly once, as {@code COMPLETED},
 * {@code NO_SHOW} or {@code CANCELED}. No other move is allowed; the three end states are final.
 */
public enum BookingStatus {
    CONFIRMED, COMPLETED, NO_SHOW, CANCELED;

    public boolean canTransitionTo(BookingStatus target) {
        return switch (this) {
            case CONFIRMED -> target == COMPLETED || target == NO_SHOW || target == CANCELED;
            case COMPLETED, NO_SHOW, CANCELED -> false;
        };
    }

    public boolean isFinal() {
        return switch (this) {
            case CONFIRMED -> false;
            case COMPLETED, NO_SHOW, CANCELED -> true;
        };
    }

    /** Whether reaching this status gives the slot back: a cancellation or a no-show frees it, a completion does not. */
    public boolean releasesSlot() {
        return switch (this) {
            case NO_SHOW, CANCELED -> true;
            case CONFIRMED, COMPLETED -> false;
        };
    }

    /** The lower-case name used in storage and on the wire, e.g. {@code no_show}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BookingStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
