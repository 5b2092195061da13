package io.frontdesk.booking.adapter.persistence;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.contract.ServicesContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The {@link Services} contract on PostgreSQL, each step in a transaction of its own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class PostgresServicesTest extends ServicesContract {

    @Inject
    Services services;

    @Inject
    Tenants tenants;

    @Override
    protected Services services() {
        return services;
    }

    @Override
    protected Tenants tenants() {
        return tenants;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
