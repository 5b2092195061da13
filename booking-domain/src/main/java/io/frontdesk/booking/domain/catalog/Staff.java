package io.frontdesk.booking.domain.catalog;

import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.PersonName;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who performs services. Invariants: a valid name; a role of at most 100 characters when given; the set
 * of services performed is never null (it may be empty for someone not yet scheduled).
 */
public record Staff(StaffId id, TenantId tenantId, PersonName name, Optional<String> role,
        Optional<EmailAddress> email, boolean active, Set<ServiceId> serviceIds) {

    public static final int MAX_ROLE_LENGTH = 100;

    public Staff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        role = Objects.requireNonNull(role, "role").map(String::strip).filter(r -> !r.isEmpty());
        if (role.map(r -> r.length() > MAX_ROLE_LENGTH).orElse(false)) {
            throw DomainValidationException.of("role", "must be at most " + MAX_ROLE_LENGTH + " characters");
        }
        serviceIds = Set.copyOf(serviceIds);
    }

    public boolean performs(ServiceId serviceId) {
        return serviceIds.contains(serviceId);
    }
}
