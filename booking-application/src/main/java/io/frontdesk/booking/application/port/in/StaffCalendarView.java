package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.StaffId;
import java.net.URI;
import java.util.Optional;

/**
 * A staff member's calendar settings as they may be shown: the CalDAV collection, if one is set, and whether a
 * feed exists. Credentials are never part of it.
 */
public record StaffCalendarView(StaffId staffId, Optional<URI> caldavUrl, boolean feedEnabled) {
}
