package io.frontdesk.booking.domain.shared;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A business using Frontdesk. Its time zone decides where a "day" begins for filters and statistics; its phone
 * region is how numbers typed without a country code are read.
 */
public record Tenant(TenantId id, String name, ZoneId timeZone, PhoneRegion phoneRegion) {

    public static final int MAX_NAME_LENGTH = 200;

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timeZone, "time zone");
        Objects.requireNonNull(phoneRegion, "phone region");
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw DomainValidationException.of("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        name = name.strip();
    }
}
