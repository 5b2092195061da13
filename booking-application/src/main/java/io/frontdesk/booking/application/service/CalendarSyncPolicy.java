package io.frontdesk.booking.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How the calendar worker retries and batches. A failed delivery is tried again after an exponential backoff —
 * {@code initialBackoff} doubled after each failure, at most {@code maxBackoff} — with jitter, so that jobs that
 * failed together do not all come back at the same moment; after {@code maxAttempts} deliveries the job is
 * failed. A worker holds the jobs it claimed for {@code lease}, which must outlast a delivery (the HTTP timeouts);
 * it claims {@code batchSize} jobs at a time.
 */
public record CalendarSyncPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration lease,
        int batchSize) {

    public CalendarSyncPolicy {
        Objects.requireNonNull(initialBackoff, "initial backoff");
        Objects.requireNonNull(maxBackoff, "max backoff");
        Objects.requireNonNull(lease, "lease");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1");
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be positive, and its maximum at least its start");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
    }

    /**
     * The wait before the next delivery after {@code failures} failed ones: the backoff for that many failures,
     * of which the upper half is scaled by {@code unitRandom} (in [0, 1)) — "equal jitter", never below half.
     */
    public Duration delayAfter(int failures, double unitRandom) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1");
        }
        Duration backoff = initialBackoff;
        for (int i = 1; i < failures && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        if (backoff.compareTo(maxBackoff) > 0) {
            backoff = maxBackoff;
        }
        Duration half = backoff.dividedBy(2);
        return half.plusMillis((long) (backoff.minus(half).toMillis() * Math.min(Math.max(unitRandom, 0), 1)));
    }
}
