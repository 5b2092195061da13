package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;

/**
 * Admins connect staff members to calendars: a CalDAV calendar that bookings are written to, and a secret feed
 * URL any calendar app can subscribe to.
 *
 * @throws io.frontdesk.booking.domain.shared.NotFoundException when the tenant has no such staff member
 */
public interface ManageStaffCalendarUseCase {

    StaffCalendarView get(TenantId tenantId, StaffId staffId);

    /**
     * Sets (or replaces) the staff member's CalDAV calendar; the password is stored sealed.
     *
     * @throws io.frontdesk.booking.domain.shared.DomainValidationException naming every invalid field
     */
    StaffCalendarView configure(ConfigureStaffCalendarCommand command);

    /** Stops writing the staff member's bookings to a CalDAV calendar; nothing happens when none is set. */
    StaffCalendarView disconnect(TenantId tenantId, ActorId actor, StaffId staffId);

    /**
     * Issues a new secret feed token for the staff member; the one issued before stops working. The token is
     * answered once, here: only its hash is kept.
     */
    FeedToken rotateFeedToken(TenantId tenantId, ActorId actor, StaffId staffId);

    /** A feed's secret token, URL-safe. */
    record FeedToken(String value) {

        @Override
        public String toString() {
            return "FeedToken[redacted]";
        }
    }
}
