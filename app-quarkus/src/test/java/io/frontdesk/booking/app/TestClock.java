package io.frontdesk.booking.app;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the real time, unless a test pins it to an instant (and lets it go again),
 * so that rules about "now" — slots in the past, "today" in a time zone — can be tested on chosen days.
 */
public final class TestClock extends Clock {

    private static final TestClock INSTANCE = new TestClock();
    private static volatile Instant pinned;

    private TestClock() {
    }

    /** Until {@link #release()}, the application believes it is {@code instant}. */
    public static void pin(Instant instant) {
        pinned = instant;
    }

    public static void release() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant now = pinned;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("always UTC");
    }

    @ApplicationScoped
    static class Producer {

        @Produces
        @Alternative
        @Priority(1)
        @ApplicationScoped
        Clock clock() {
            return INSTANCE;
        }
    }
}
