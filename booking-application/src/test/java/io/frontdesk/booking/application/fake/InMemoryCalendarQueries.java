package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarQueries;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Calendar events computed from the other fakes, with the semantics the SQL implementation must match. */
public final class InMemoryCalendarQueries implements CalendarQueries {

    private final InMemoryTenants tenants;
    private final InMemoryBookings bookings;
    private final InMemoryServices services;
    private final InMemoryStaffMembers staff;

    public InMemoryCalendarQueries(InMemoryTenants tenants, InMemoryBookings bookings, InMemoryServices services,
            InMemoryStaffMembers staff) {
        this.tenants = tenants;
        this.bookings = bookings;
        this.services = services;
        this.staff = staff;
    }

    @Override
    public Optional<CalendarEvent> event(TenantId tenantId, BookingId bookingId) {
        return bookings.find(tenantId, bookingId).map(this::event);
    }

    @Override
    public List<CalendarEvent> upcoming(TenantId tenantId, StaffId staffId, Instant now, int limit) {
        return bookings.all().stream().map(Booking::reconstitute)
                .filter(b -> b.tenantId().equals(tenantId) && b.staffId().equals(staffId))
                .map(this::event)
                .filter(e -> e.occupiesTime() && e.time().end().isAfter(now))
                .sorted(Comparator.comparing((CalendarEvent e) -> e.time().start())
                        .thenComparing(e -> e.bookingId().toString()))
                .limit(limit)
                .toList();
    }

    private CalendarEvent event(Booking b) {
        Tenant tenant = tenants.find(b.tenantId()).orElseThrow();
        return new CalendarEvent(b.tenantId(), b.id(), b.staffId(), b.status(), tenant.name(),
                services.find(b.tenantId(), b.serviceId()).orElseThrow().name(),
                staff.find(b.tenantId(), b.staffId()).orElseThrow().name().value(), b.customer().name().value(),
                b.time(), tenant.timeZone());
    }
}
