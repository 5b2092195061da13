package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Statistics as storage computes them, over bookings starting in {@code [startFrom, startBefore)}: counts per
 * status and source, non-canceled bookings starting in {@code today}, confirmed ones starting in {@code upcoming}.
 */
public record StatsQuery(TenantId tenantId, Optional<Instant> startFrom, Optional<Instant> startBefore,
        TimeRange today, TimeRange upcoming) {

    public StatsQuery {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(upcoming, "upcoming");
    }
}
