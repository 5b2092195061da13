package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffCalendars;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.contract.StaffCalendarsContract;

class InMemoryStaffCalendarsTest extends StaffCalendarsContract {

    private final InMemoryStaffCalendars staffCalendars = new InMemoryStaffCalendars();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryServices services = new InMemoryServices();
    private final InMemoryStaffMembers staffMembers = new InMemoryStaffMembers();

    @Override
    protected StaffCalendars staffCalendars() {
        return staffCalendars;
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
