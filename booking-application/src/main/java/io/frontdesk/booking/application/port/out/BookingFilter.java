package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.application.port.in.BookingSort;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The booking list's filter as storage applies it: start times in {@code [startFrom, startBefore)}. */
public record BookingFilter(TenantId tenantId, Optional<Instant> startFrom, Optional<Instant> startBefore,
        Optional<ServiceId> serviceId, Optional<StaffId> staffId, Optional<BookingStatus> status,
        Optional<BookingSource> source, Optional<SearchTerm> search, BookingSort sort) {

    public BookingFilter {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(sort, "sort");
    }
}
