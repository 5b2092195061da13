package io.frontdesk.booking.domain.slot;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link Slot}. */
public record SlotId(UUID value) {
    public SlotId {
        Objects.requireNonNull(value, "slot id");
    }

    public static SlotId of(String text) {
        return new SlotId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
