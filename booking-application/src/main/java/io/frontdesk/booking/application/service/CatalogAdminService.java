package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.ManageCatalogUseCase;
import io.frontdesk.booking.application.port.in.SaveServiceCommand;
import io.frontdesk.booking.application.port.in.SaveStaffCommand;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.PersonName;
import io.frontdesk.booking.domain.shared.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;

/** Admins' maintenance of services and staff. Every invalid field of a request is reported at once. */
@ApplicationScoped
public class CatalogAdminService implements ManageCatalogUseCase {

    private final Services services;
    private final StaffMembers staffMembers;

    @Inject
    public CatalogAdminService(Services services, StaffMembers staffMembers) {
        this.services = services;
        this.staffMembers = staffMembers;
    }

    @Override
    @Transactional
    public Service createService(SaveServiceCommand command) {
        Service service = service(new ServiceId(UUID.randomUUID()), command, true);
        services.save(service);
        return service;
    }

    @Override
    @Transactional
    public Service updateService(ServiceId id, SaveServiceCommand command) {
        Service current = Require.service(services, command.tenantId(), id);
        Service service = service(id, command, current.active());
        services.save(service);
        return service;
    }

    @Override
    @Transactional
    public Staff createStaff(SaveStaffCommand command) {
        Staff staff = staff(new StaffId(UUID.randomUUID()), command, true);
        staffMembers.save(staff);
        return staff;
    }

    @Override
    @Transactional
    public Staff updateStaff(StaffId id, SaveStaffCommand command) {
        Staff current = Require.staff(staffMembers, command.tenantId(), id);
        Staff staff = staff(id, command, current.active());
        staffMembers.save(staff);
        return staff;
    }

    /** The service {@code c} describes; without an {@code active} flag it stays as it was ({@code activeSoFar}). */
    private static Service service(ServiceId id, SaveServiceCommand c, boolean activeSoFar) {
        Violations violations = new Violations();
        if (c.name() == null || c.name().isBlank() || c.name().strip().length() > Service.MAX_NAME_LENGTH) {
            violations.add("name", "must be 1 to " + Service.MAX_NAME_LENGTH + " characters");
        }
        if (c.durationMinutes() == null || c.durationMinutes() < 1
                || c.durationMinutes() > Service.MAX_DURATION.toMinutes()) {
            violations.add("duration_minutes", "must be between 1 and " + Service.MAX_DURATION.toMinutes());
        }
        Optional<Money> price = price(c, violations);
        violations.throwIfAny();
        return new Service(id, c.tenantId(), c.name(), Duration.ofMinutes(c.durationMinutes()), price,
                c.active() == null ? activeSoFar : c.active());
    }

    /** The price, when an amount or a currency is given; a blank currency counts as none. Records every fault. */
    private static Optional<Money> price(SaveServiceCommand c, Violations violations) {
        boolean hasAmount = c.priceMinor() != null;
        boolean hasCurrency = c.currency() != null && !c.currency().isBlank();
        if (!hasAmount && !hasCurrency) {
            return Optional.empty();
        }
        if (!hasAmount) {
            violations.add("price_minor", "is required when a currency is given");
        } else if (c.priceMinor() < 0) {
            violations.add("price_minor", "must not be negative");
        }
        if (!hasCurrency) {
            violations.add("currency", "is required when a price is given");
        } else {
            violations.check("currency", () -> Money.of(0, c.currency()));
        }
        return violations.isEmpty() ? Optional.of(Money.of(c.priceMinor(), c.currency())) : Optional.empty();
    }

    private Staff staff(StaffId id, SaveStaffCommand c, boolean activeSoFar) {
        Violations violations = new Violations();
        PersonName name = violations.check("name", () -> PersonName.of(c.name()));
        if (c.role() != null && c.role().strip().length() > Staff.MAX_ROLE_LENGTH) {
            violations.add("role", "must be at most " + Staff.MAX_ROLE_LENGTH + " characters");
        }
        Optional<EmailAddress> email = violations.check("email", () -> c.email() == null || c.email().isBlank()
                ? Optional.empty()
                : Optional.of(EmailAddress.of(c.email())));
        c.serviceIds().stream()
                .filter(serviceId -> services.find(c.tenantId(), serviceId).isEmpty())
                .findFirst()
                .ifPresent(unknown -> violations.add("service_ids", "contains an unknown service " + unknown));
        violations.throwIfAny();
        return new Staff(id, c.tenantId(), name, Optional.ofNullable(c.role()), email,
                c.active() == null ? activeSoFar : c.active(), new HashSet<>(c.serviceIds()));
    }
}
