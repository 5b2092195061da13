package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Objects;

/**
 * A service's fields as an admin typed them: {@code name}, {@code duration_minutes}, optional {@code price_minor}
 * with {@code currency}, and {@code active} (default true). Validated by the use case, every field named.
 */
public record SaveServiceCommand(TenantId tenantId, ActorId actor, String name, Integer durationMinutes,
        Long priceMinor, String currency, Boolean active) {

    public SaveServiceCommand {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(actor, "actor");
    }
}
