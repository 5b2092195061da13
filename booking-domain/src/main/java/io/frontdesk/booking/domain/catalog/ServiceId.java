package io.frontdesk.booking.domain.catalog;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link Service}. */
public record ServiceId(UUID value) {
    public ServiceId {
        Objects.requireNonNull(value, "service id");
    }

    public static ServiceId of(String text) {
        return new ServiceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
