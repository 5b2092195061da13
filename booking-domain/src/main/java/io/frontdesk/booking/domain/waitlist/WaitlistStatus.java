package io.frontdesk.booking.domain.waitlist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The life cycle of a waitlist entry:
 * <pre>
 *   WAITING -> OFFERED | REMOVED | EXPIRED       a slot was offered / staff removed it / the wanted window passed
 *   OFFERED -> BOOKED | WAITING | EXPIRED | REMOVED
 *                                                accepted / declined (keeps its place) / offer lapsed / removed
 * </pre>
 * {@code BOOKED}, {@code EXPIRED} and {@code REMOVED} are final.
 */
public enum WaitlistStatus {
    WAITING, OFFERED, BOOKED, EXPIRED, REMOVED;

    public boolean canTransitionTo(WaitlistStatus target) {
        return switch (this) {
            case WAITING -> target == OFFERED || target == REMOVED || target == EXPIRED;
            case OFFERED -> target == BOOKED || target == WAITING || target == EXPIRED || target == REMOVED;
            case BOOKED, EXPIRED, REMOVED -> false;
        };
    }

    /** The lower-case name used in storage and on the wire, e.g. {@code waiting}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WaitlistStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
