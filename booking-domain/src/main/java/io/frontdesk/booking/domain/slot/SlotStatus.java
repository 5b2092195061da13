package io.frontdesk.booking.domain.slot;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The life cycle of a slot. Allowed moves, and nothing else:
 * <pre>
 *   OPEN -> BOOKED          a booking took it
 *   OPEN -> HELD            offered to a waitlist customer
 *   HELD -> BOOKED | OPEN   offer accepted / offer declined, expired or released
 *   BOOKED -> OPEN          the booking was canceled or marked no-show
 * </pre>
 */
public enum SlotStatus {
    OPEN, HELD, BOOKED;

    public boolean canTransitionTo(SlotStatus target) {
        return switch (this) {
            case OPEN -> target == BOOKED || target == HELD;
            case HELD -> target == BOOKED || target == OPEN;
            case BOOKED -> target == OPEN;
        };
    }

    /** The lower-case name used in storage and on the wire, e.g. {@code open}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SlotStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
