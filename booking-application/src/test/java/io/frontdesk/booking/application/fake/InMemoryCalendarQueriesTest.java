package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.CalendarQueries;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.contract.CalendarQueriesContract;

class InMemoryCalendarQueriesTest extends CalendarQueriesContract {

    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryServices services = new InMemoryServices();
    private final InMemoryStaffMembers staffMembers = new InMemoryStaffMembers();
    private final InMemorySlots slots = new InMemorySlots();
    private final InMemoryBookings bookings = new InMemoryBookings();
    private final InMemoryCalendarQueries queries =
            new InMemoryCalendarQueries(tenants, bookings, services, staffMembers);

    @Override
    protected CalendarQueries calendarQueries() {
        return queries;
    }

    @Override
    protected Tenants tenants() {
        return tenants;
    }

    @Override
    protected Services services() {
        return services;
    }

    @Override
    protected StaffMembers staffMembers() {
        return staffMembers;
    }

    @Override
    protected Slots slots() {
        return slots;
    }

    @Override
    protected Bookings bookings() {
        return bookings;
    }
}
