package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.contract.StaffMembersContract;

class InMemoryStaffMembersTest extends StaffMembersContract {

    private final InMemoryStaffMembers staffMembers = new InMemoryStaffMembers();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryServices services = new InMemoryServices();

    @Override
    protected StaffMembers staffMembers() {
        return staffMembers;
    }

    @Override
    protected Tenants tenants() {
        return tenants;
    }

    @Override
    protected Services services() {
        return services;
    }
}
