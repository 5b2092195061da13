package io.frontdesk.booking.application.port.in;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a booking stands with its staff member's calendar: {@code NOT_CONFIGURED} (the staff member has no
 * calendar), {@code PENDING} (a change is waiting or being retried), {@code SYNCED} (the calendar shows the
 * booking as it is) or {@code FAILED} (retries were given up; an admin can retry). {@code lastError} says why the
 * last delivery failed, {@code attempts} how many deliveries the current change has had, {@code nextAttemptAt}
 * when a pending change is tried next.
 */
public record CalendarSync(State state, Optional<String> lastError, int attempts, Optional<Instant> nextAttemptAt) {

    public enum State {
        NOT_CONFIGURED, PENDING, SYNCED, FAILED;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final CalendarSync NOT_CONFIGURED =
            new CalendarSync(State.NOT_CONFIGURED, Optional.empty(), 0, Optional.empty());

    public CalendarSync {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastError, "last error");
        Objects.requireNonNull(nextAttemptAt, "next attempt at");
    }
}
