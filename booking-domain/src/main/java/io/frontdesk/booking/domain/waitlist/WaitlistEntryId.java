package io.frontdesk.booking.domain.waitlist;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link WaitlistEntry}. */
public record WaitlistEntryId(UUID value) {
    public WaitlistEntryId {
        Objects.requireNonNull(value, "waitlist entry id");
    }

    public static WaitlistEntryId of(String text) {
        return new WaitlistEntryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
