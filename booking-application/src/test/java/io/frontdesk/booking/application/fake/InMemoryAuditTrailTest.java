package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.AuditTrail;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.contract.AuditTrailContract;

class InMemoryAuditTrailTest extends AuditTrailContract {

    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail();
    private final InMemoryTenants tenants = new InMemoryTenants();

    @Override
    protected AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    protected Tenants tenants() {
        return tenants;
    }
}
