package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;

/** Loads that must find something, and say "not found" with the right code when they do not. */
final class Require {

    private Require() {
    }

    static Tenant tenant(Tenants tenants, TenantId id) {
        return tenants.find(id).orElseThrow(() -> new NotFoundException(ErrorCode.TENANT_NOT_FOUND, "Tenant", id));
    }

    static Service service(Services services, TenantId tenantId, ServiceId id) {
        return services.find(tenantId, id)
                .orElseThrow(() -> new NotFoundException(ErrorCode.SERVICE_NOT_FOUND, "Service", id));
    }

    static Staff staff(StaffMembers staffMembers, TenantId tenantId, StaffId id) {
        return staffMembers.find(tenantId, id)
                .orElseThrow(() -> new NotFoundException(ErrorCode.STAFF_NOT_FOUND, "Staff member", id));
    }
}
