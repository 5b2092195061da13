package io.frontdesk.booking.adapter.persistence;

import io.frontdesk.booking.application.port.out.CalendarQueries;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.contract.CalendarQueriesContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The {@link CalendarQueries} contract on PostgreSQL, each step in a transaction of its own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class PostgresCalendarQueriesTest extends CalendarQueriesContract {

    @Inject
    CalendarQueries calendarQueries;

    @Inject
    Tenants tenants;

    @Inject
    Services services;

    @Inject
    StaffMembers staffMembers;

    @Inject
    Slots slots;

    @Inject
    Bookings bookings;

    @Override
    protected CalendarQueries calendarQueries() {
        return calendarQueries;
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

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
