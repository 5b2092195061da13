package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import java.util.Objects;
import java.util.Optional;

/** A page of a tenant's waitlist, oldest first, optionally of one status, service and staff member. */
public record WaitlistQuery(TenantId tenantId, Optional<WaitlistStatus> status, Optional<ServiceId> serviceId,
        Optional<StaffId> staffId, PageRequest page) {

    public WaitlistQuery {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(serviceId, "service id");
        Objects.requireNonNull(staffId, "staff id");
        Objects.requireNonNull(page, "page");
    }
}
