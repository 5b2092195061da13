package io.frontdesk.booking.adapter.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.frontdesk.booking.adapter.rest.error.RateLimitedException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Limits the public offer pages, which anyone can call without signing in: per offer token
 * ({@code frontdesk.rate-limit.offer-token}), so that one link cannot be hammered, and per client address
 * ({@code frontdesk.rate-limit.offer-client}), so that nobody can try tokens in bulk. A request must pass both.
 * Buckets live in this instance's memory, keyed by the token's hash (never the token), and are dropped after two
 * idle periods.
 */
@ApplicationScoped
public class OfferRateLimiter {

    private final Limit perToken;
    private final Limit perClient;

    @Inject
    public OfferRateLimiter(ApiConfig config) {
        this.perToken = new Limit(config.rateLimit().offerToken());
        this.perClient = new Limit(config.rateLimit().offerClient());
    }

    /**
     * @param tokenKey what identifies the token, such as its hash; empty for text that cannot be a token (which
     *     reaches no offer, so only the client's allowance applies)
     * @param clientAddress the caller's address as the HTTP layer sees it
     * @throws RateLimitedException when either allowance is used up
     */
    public void acquire(Optional<String> tokenKey, String clientAddress) {
        perClient.acquire(clientAddress);
        tokenKey.ifPresent(perToken::acquire);
    }

    private static final class Limit {

        private final Bandwidth allowance;
        private final Cache<String, Bucket> buckets;

        Limit(ApiConfig.RateLimit.Allowance limit) {
            this.allowance = Bandwidth.builder().capacity(limit.capacity())
                    .refillGreedy(limit.capacity(), limit.period()).build();
            Duration idle = limit.period().multipliedBy(2);
            this.buckets = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(100_000).build();
        }

        void acquire(String key) {
            Bucket bucket = buckets.get(key, k -> Bucket.builder().addLimit(allowance).build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long nanos = probe.getNanosToWaitForRefill();
                throw new RateLimitedException(TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
            }
        }
    }
}
