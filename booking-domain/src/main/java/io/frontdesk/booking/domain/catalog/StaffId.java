package io.frontdesk.booking.domain.catalog;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link Staff} member. */
public record StaffId(UUID value) {
    public StaffId {
        Objects.requireNonNull(value, "staff id");
    }

    public static StaffId of(String text) {
        return new StaffId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
