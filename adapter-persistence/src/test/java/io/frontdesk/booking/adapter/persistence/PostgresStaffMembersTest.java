package io.frontdesk.booking.adapter.persistence;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.contract.StaffMembersContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The {@link StaffMembers} contract on PostgreSQL, each step in a transaction of its own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class PostgresStaffMembersTest extends StaffMembersContract {

    @Inject
    StaffMembers staffMembers;

    @Inject
    Tenants tenants;

    @Inject
    Services services;

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

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
