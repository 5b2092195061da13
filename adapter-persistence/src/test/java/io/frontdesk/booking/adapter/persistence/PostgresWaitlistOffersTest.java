package io.frontdesk.booking.adapter.persistence;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.application.port.out.contract.WaitlistOffersContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The {@link WaitlistOffers} contract on PostgreSQL, each step in a transaction of its own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class PostgresWaitlistOffersTest extends WaitlistOffersContract {

    @Inject
    WaitlistOffers offers;

    @Inject
    WaitlistEntries waitlistEntries;

    @Inject
    Tenants tenants;

    @Inject
    Services services;

    @Inject
    StaffMembers staffMembers;

    @Inject
    Slots slots;

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

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
