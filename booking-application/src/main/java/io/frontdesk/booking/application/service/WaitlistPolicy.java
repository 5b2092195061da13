package io.frontdesk.booking.application.service;

import java.time.Duration;
import java.util.Objects;

/** How the waitlist behaves: how long an offered slot is held for its customer (never beyond the slot's start). */
public record WaitlistPolicy(Duration hold) {

    public static final WaitlistPolicy DEFAULT = new WaitlistPolicy(Duration.ofMinutes(15));

    public WaitlistPolicy {
        Objects.requireNonNull(hold, "hold");
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("an offer is held for a positive time");
        }
    }
}
