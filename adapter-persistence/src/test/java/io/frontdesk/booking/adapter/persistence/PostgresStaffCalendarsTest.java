package io.frontdesk.booking.adapter.persistence;

import io.frontdesk.booking.application.port.out.StaffCalendars;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.contract.StaffCalendarsContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The {@link StaffCalendars} contract on PostgreSQL, each step in a transaction of its own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class PostgresStaffCalendarsTest extends StaffCalendarsContract {

    @Inject
    StaffCalendars staffCalendars;

    @Inject
    Tenants tenants;

    @Inject
    Services services;

    @Inject
    StaffMembers staffMembers;

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

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
