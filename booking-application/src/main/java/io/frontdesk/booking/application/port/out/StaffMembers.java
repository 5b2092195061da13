package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.List;
import java.util.Optional;

/** The people who perform services. */
public interface StaffMembers {

    Optional<Staff> find(TenantId tenantId, StaffId id);

    /** All of a tenant's staff, active or not, by name. */
    List<Staff> list(TenantId tenantId);

    /** Adds a staff member, or replaces the stored one with the same id. */
    void save(Staff staff);
}
