package io.frontdesk.booking.domain.catalog;

import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a business offers, such as "Haircut, 45 minutes, 35.00 EUR".
 * Invariants: the name is 1 to 100 characters after trimming; the duration is positive and at most one day;
 * the price, when there is one, is never negative. An inactive service keeps its history but takes no new slots.
 */
public record Service(ServiceId id, TenantId tenantId, String name, Duration duration, Optional<Money> price,
        boolean active) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final Duration MAX_DURATION = Duration.ofDays(1);

    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(price, "price");
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw DomainValidationException.of("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        name = name.strip();
        if (duration == null || duration.isZero() || duration.isNegative() || duration.compareTo(MAX_DURATION) > 0) {
            throw DomainValidationException.of("duration_minutes", "must be between 1 minute and 24 hours");
        }
    }
}
