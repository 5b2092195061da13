package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.CalendarFeeds;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.contract.CalendarFeedsContract;

class InMemoryCalendarFeedsTest extends CalendarFeedsContract {

    private final InMemoryCalendarFeeds calendarFeeds = new InMemoryCalendarFeeds();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryServices services = new InMemoryServices();
    private final InMemoryStaffMembers staffMembers = new InMemoryStaffMembers();

    @Override
    protected CalendarFeeds calendarFeeds() {
        return calendarFeeds;
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
}
