package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import java.util.Objects;
import java.util.Optional;

/** Which of a tenant's waitlist entries to list: optionally of one status, service and staff member. */
public record WaitlistFilter(TenantId tenantId, Optional<WaitlistStatus> status, Optional<ServiceId> serviceId,
        Optional<StaffId> staffId) {

    public WaitlistFilter {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(serviceId, "service id");
        Objects.requireNonNull(staffId, "staff id");
    }
}
