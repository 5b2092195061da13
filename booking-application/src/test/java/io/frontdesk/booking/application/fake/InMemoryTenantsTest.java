package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.contract.TenantsContract;

class InMemoryTenantsTest extends TenantsContract {

    private final InMemoryTenants tenants = new InMemoryTenants();

    @Override
    protected Tenants tenants() {
        return tenants;
    }
}
