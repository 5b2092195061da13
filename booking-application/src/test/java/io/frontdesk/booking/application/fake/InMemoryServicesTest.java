package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.contract.ServicesContract;

class InMemoryServicesTest extends ServicesContract {

    private final InMemoryServices services = new InMemoryServices();
    private final InMemoryTenants tenants = new InMemoryTenants();

    @Override
    protected Services services() {
        return services;
    }

    @Override
    protected Tenants tenants() {
        return tenants;
    }
}
