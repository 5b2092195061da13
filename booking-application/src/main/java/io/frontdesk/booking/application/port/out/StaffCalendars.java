package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Optional;

/** The calendar account of each staff member who has one. */
public interface StaffCalendars {

    /** The staff member's account; empty when none is set or the staff member is another tenant's. */
    Optional<CalendarAccount> find(TenantId tenantId, StaffId staffId);

    /** Sets the staff member's account, replacing any earlier one. */
    void save(CalendarAccount account);

    /** Removes the staff member's account, if there is one. */
    void remove(TenantId tenantId, StaffId staffId);
}
