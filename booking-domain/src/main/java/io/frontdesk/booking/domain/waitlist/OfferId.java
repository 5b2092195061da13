package io.frontdesk.booking.domain.waitlist;

import java.util.Objects;
import java.util.UUID;

/** Identity of an {@link Offer}. */
public record OfferId(UUID value) {
    public OfferId {
        Objects.requireNonNull(value, "offer id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
