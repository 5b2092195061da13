package io.frontdesk.booking.domain.waitlist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The life cycle of an {@link Offer}: it is made {@code OPEN} and closes exactly once.
 * <pre>
 *   OPEN -> ACCEPTED    the customer took the slot
 *   OPEN -> DECLINED    the customer said no
 *   OPEN -> EXPIRED     nobody answered in time
 *   OPEN -> WITHDRAWN   staff released the hold, or removed the entry
 * </pre>
 */
public enum OfferStatus {
    OPEN, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN;

    public boolean canTransitionTo(OfferStatus target) {
        return switch (this) {
            case OPEN -> target != OPEN;
            case ACCEPTED, DECLINED, EXPIRED, WITHDRAWN -> false;
        };
    }

    /** The lower-case name used in storage and on the wire, e.g. {@code accepted}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OfferStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
