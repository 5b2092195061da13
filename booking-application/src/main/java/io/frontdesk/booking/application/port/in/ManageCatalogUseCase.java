package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;

/**
 * Admins maintain what the business offers and who performs it. Services and staff are deactivated rather than
 * deleted, so that past bookings keep their names.
 */
public interface ManageCatalogUseCase {

    Service createService(SaveServiceCommand command);

    /** @throws io.frontdesk.booking.domain.shared.NotFoundException no such service for the tenant */
    Service updateService(ServiceId id, SaveServiceCommand command);

    Staff createStaff(SaveStaffCommand command);

    /** @throws io.frontdesk.booking.domain.shared.NotFoundException no such staff member for the tenant */
    Staff updateStaff(StaffId id, SaveStaffCommand command);
}
