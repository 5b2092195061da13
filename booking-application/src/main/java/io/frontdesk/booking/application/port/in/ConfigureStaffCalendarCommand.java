package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Objects;

/**
 * A staff member's CalDAV calendar as an admin typed it: the collection's URL ({@code caldav_url}, http or https)
 * and the account's {@code username} and {@code password}; validated by the use case.
 */
public record ConfigureStaffCalendarCommand(TenantId tenantId, ActorId actor, StaffId staffId, String caldavUrl,
        String username, String password) {

    public ConfigureStaffCalendarCommand {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(staffId, "staff id");
    }

    @Override
    public String toString() {
        return "ConfigureStaffCalendarCommand[" + staffId + " at " + caldavUrl + "]";
    }
}
