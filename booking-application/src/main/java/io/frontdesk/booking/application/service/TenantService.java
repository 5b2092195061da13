package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.ManageTenantUseCase;
import io.frontdesk.booking.application.port.in.UpdateTenantCommand;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;

/** A tenant's settings: created on first sight with safe defaults, edited by its admins. */
@ApplicationScoped
public class TenantService implements ManageTenantUseCase {

    /** The name a tenant starts with until an admin sets the real one. */
    public static final String DEFAULT_NAME = "My business";

    private final Tenants tenants;

    @Inject
    public TenantService(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    @Transactional
    public Tenant ensureExists(TenantId tenantId, PhoneRegion defaultRegion) {
        return tenants.find(tenantId).orElseGet(() -> {
            tenants.addIfAbsent(new Tenant(tenantId, DEFAULT_NAME, ZoneId.of("UTC"), defaultRegion));
            return Require.tenant(tenants, tenantId);
        });
    }

    @Override
    @Transactional
    public Tenant get(TenantId tenantId) {
        return Require.tenant(tenants, tenantId);
    }

    @Override
    @Transactional
    public Tenant update(UpdateTenantCommand command) {
        Require.tenant(tenants, command.tenantId());
        Violations violations = new Violations();
        if (command.name() == null || command.name().isBlank()) {
            violations.add("name", "is required");
        } else if (command.name().strip().length() > Tenant.MAX_NAME_LENGTH) {
            violations.add("name", "must be 1 to " + Tenant.MAX_NAME_LENGTH + " characters");
        }
        ZoneId zone = zone(command.timeZone(), violations);
        PhoneRegion region = violations.check("phone_region", () -> PhoneRegion.of(command.phoneRegion()));
        violations.throwIfAny();
        Tenant updated = new Tenant(command.tenantId(), command.name(), zone, region);
        tenants.save(updated);
        return updated;
    }

    private static ZoneId zone(String raw, Violations violations) {
        if (raw == null || raw.isBlank()) {
            violations.add("time_zone", "is required");
            return null;
        }
        // Only named zones: a fixed offset such as "+01:00" would parse, but ignores daylight saving.
        String id = raw.strip();
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            violations.add("time_zone", "must be an IANA time zone such as Europe/Berlin");
            return null;
        }
        return ZoneId.of(id);
    }
}
