package io.frontdesk.booking.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** The business a row belongs to. Every aggregate carries one; nothing crosses tenants. */
public record TenantId(UUID value) {
    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
