package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.application.port.in.BookingDetails;
import io.frontdesk.booking.application.port.in.BookingStats;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Optional;

/**
 * The read side: flat views answered by one query each, never by loading aggregates. Within a use case's
 * transaction they see what it has written so far: a booking command answers with the booking as read here.
 */
public interface BookingQueries {

    /** Matching bookings in the filter's order, one page of them, with the total count of matches. */
    Page<BookingView> list(BookingFilter filter, PageRequest page);

    /** One booking with its slot, service and staff details; the audit trail is left empty. */
    Optional<BookingDetails> details(TenantId tenantId, BookingId id);

    BookingStats stats(StatsQuery query);
}
