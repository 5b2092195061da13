package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Statistics over bookings starting on {@code startDate} .. {@code endDate} (inclusive, tenant's zone); open ends
 * mean "since the beginning" and "with no end". */
public record BookingStatsQuery(TenantId tenantId, Optional<LocalDate> startDate, Optional<LocalDate> endDate) {

    public BookingStatsQuery {
        Objects.requireNonNull(tenantId, "tenant id");
        Violations violations = new Violations();
        if (startDate.isPresent() && endDate.isPresent() && endDate.get().isBefore(startDate.get())) {
            violations.add("end_date", "must not be before start_date");
        }
        violations.throwIfAny();
    }
}
