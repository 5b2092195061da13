package io.frontdesk.booking.adapter.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.frontdesk.booking.adapter.rest.error.RateLimitedException;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

/**
 * Limits booking creation per tenant and user with a token bucket of {@code frontdesk.rate-limit.booking-create}.
 * Buckets live in this instance's memory and are dropped after two idle periods; behind a load balancer each
 * instance limits on its own.
 */
@ApplicationScoped
public class BookingRateLimiter {

    private final Bandwidth allowance;
    private final Cache<String, Bucket> buckets;

    @Inject
    public BookingRateLimiter(ApiConfig config) {
        ApiConfig.RateLimit.Allowance limit = config.rateLimit().bookingCreate();
        this.allowance = Bandwidth.builder().capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period()).build();
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limit.period().multipliedBy(2))
                .maximumSize(100_000).build();
    }

    /** @throws RateLimitedException when the caller has no request left in the current period */
    public void acquire(TenantId tenantId, ActorId actor) {
        Bucket bucket = buckets.get(tenantId.value() + "/" + actor.value(),
                key -> Bucket.builder().addLimit(allowance).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long nanos = probe.getNanosToWaitForRefill();
            throw new RateLimitedException(TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
        }
    }
}
