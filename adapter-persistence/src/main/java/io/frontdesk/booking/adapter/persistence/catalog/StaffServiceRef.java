package io.frontdesk.booking.adapter.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** One row of {@code staff_services}: a service a staff member performs (the tenant is repeated for the FK). */
@Embeddable
public class StaffServiceRef {

    @Column(name = "tenant_id", nullable = false)
    public UUID tenantId;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    public StaffServiceRef() {
    }

    public StaffServiceRef(UUID tenantId, UUID serviceId) {
        this.tenantId = tenantId;
        this.serviceId = serviceId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffServiceRef other && Objects.equals(tenantId, other.tenantId)
                && Objects.equals(serviceId, other.serviceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, serviceId);
    }
}
