package io.frontdesk.booking.domain.shared;

import java.util.Objects;

/** Who did something: the authenticated subject (an OIDC {@code sub}), or a named system actor. */
public record ActorId(String value) {

    /** The actor for changes made by the system itself (expired offers, scheduled jobs). */
    public static final ActorId SYSTEM = new ActorId("system");

    /** The customer answering a waitlist offer by its link; customers have no account of their own. */
    public static final ActorId CUSTOMER = new ActorId("customer");

    public ActorId {
        Objects.requireNonNull(value, "actor id");
        if (value.isBlank() || value.length() > 255) {
            throw new IllegalArgumentException("an actor id is 1 to 255 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
