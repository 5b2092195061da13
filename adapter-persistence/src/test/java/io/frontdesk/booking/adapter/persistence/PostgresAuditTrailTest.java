package io.frontdesk.booking.adapter.persistence;

import io.frontdesk.booking.application.port.out.AuditTrail;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.contract.AuditTrailContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The {@link AuditTrail} contract on PostgreSQL, each step in a transaction of its own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class PostgresAuditTrailTest extends AuditTrailContract {

    @Inject
    AuditTrail auditTrail;

    @Inject
    Tenants tenants;

    @Override
    protected AuditTrail auditTrail() {
        return auditTrail;
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
