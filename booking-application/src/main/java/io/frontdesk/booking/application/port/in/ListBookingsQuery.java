package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The seed's {@code GetBookingsQuery}: bookings whose start falls on {@code startDate} .. {@code endDate} (whole
 * days, inclusive, in the tenant's time zone), narrowed by service, staff, status and source, and by a search over
 * customer name, email and phone.
 */
public record ListBookingsQuery(TenantId tenantId, Optional<LocalDate> startDate, Optional<LocalDate> endDate,
        Optional<ServiceId> serviceId, Optional<StaffId> staffId, Optional<BookingStatus> status,
        Optional<BookingSource> source, Optional<String> search, BookingSort sort, PageRequest page) {

    public static final int MAX_SEARCH_LENGTH = 100;

    public ListBookingsQuery {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        search = search.map(String::strip).filter(s -> !s.isEmpty());
        Violations violations = new Violations();
        if (startDate.isPresent() && endDate.isPresent() && endDate.get().isBefore(startDate.get())) {
            violations.add("end_date", "must not be before start_date");
        }
        if (search.map(s -> s.length() > MAX_SEARCH_LENGTH).orElse(false)) {
            violations.add("search", "must be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        violations.throwIfAny();
    }

    /** All of a tenant's bookings, first page, default order. */
    public static ListBookingsQuery all(TenantId tenantId) {
        return new ListBookingsQuery(tenantId, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), BookingSort.START_TIME,
                new PageRequest(1, PageRequest.DEFAULT_LIMIT));
    }
}
