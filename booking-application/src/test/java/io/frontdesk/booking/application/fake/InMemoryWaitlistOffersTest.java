package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.application.port.out.contract.WaitlistOffersContract;

class InMemoryWaitlistOffersTest extends WaitlistOffersContract {

    private final InMemoryWaitlistOffers offers = new InMemoryWaitlistOffers();
    private final InMemoryWaitlistEntries waitlistEntries = new InMemoryWaitlistEntries();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryServices services = new InMemoryServices();
    private final InMemoryStaffMembers staffMembers = new InMemoryStaffMembers();
    private final InMemorySlots slots = new InMemorySlots();

    @Override
    protected WaitlistOffers offers() {
        return offers;
    }

    @Override
    protected WaitlistEntries waitlistEntries() {
        return waitlistEntries;
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
}
