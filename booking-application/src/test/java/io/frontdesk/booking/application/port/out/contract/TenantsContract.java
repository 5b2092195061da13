package io.frontdesk.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Tenants} implementation must do: keep a tenant's name, time zone and phone region, and add a
 * tenant only once however often it is added if absent.
 */
public abstract class TenantsContract extends PortContract {

    /** The implementation under test; the same instance throughout one test. */
    protected abstract Tenants tenants();

    @Test
    void aSavedTenantIsFoundWithItsNameTimeZoneAndPhoneRegion() {
        Tenant tenant = new Tenant(new TenantId(UUID.randomUUID()), "Praxis am Ring", ZoneId.of("Europe/Berlin"),
                PhoneRegion.of("DE"));

        inTransactionDo(() -> tenants().save(tenant));

        assertThat(inTransaction(() -> tenants().find(tenant.id()))).contains(tenant);
    }

    @Test
    void anUnknownTenantIsNotFound() {
        assertThat(inTransaction(() -> tenants().find(new TenantId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void savingATenantAgainReplacesIt() {
        TenantId id = new TenantId(UUID.randomUUID());
        inTransactionDo(() -> tenants().save(new Tenant(id, "New tenant", ZoneId.of("UTC"), PhoneRegion.of("US"))));
        Tenant renamed = new Tenant(id, "Harbour Dental", ZoneId.of("America/New_York"), PhoneRegion.of("GB"));

        inTransactionDo(() -> tenants().save(renamed));

        assertThat(inTransaction(() -> tenants().find(id))).contains(renamed);
    }

    @Test
    void savingOneTenantLeavesOthersAlone() {
        Tenant first = new Tenant(new TenantId(UUID.randomUUID()), "First", ZoneId.of("UTC"), PhoneRegion.of("US"));
        Tenant second = new Tenant(new TenantId(UUID.randomUUID()), "Second", ZoneId.of("Asia/Tokyo"),
                PhoneRegion.of("JP"));

        inTransactionDo(() -> tenants().save(first));
        inTransactionDo(() -> tenants().save(second));

        assertThat(inTransaction(() -> tenants().find(first.id()))).contains(first);
        assertThat(inTransaction(() -> tenants().find(second.id()))).contains(second);
    }

    @Test
    void addIfAbsentAddsAnUnknownTenant() {
        Tenant tenant = new Tenant(new TenantId(UUID.randomUUID()), "My business", ZoneId.of("UTC"),
                PhoneRegion.of("GB"));

        inTransactionDo(() -> tenants().addIfAbsent(tenant));

        assertThat(inTransaction(() -> tenants().find(tenant.id()))).contains(tenant);
    }

    @Test
    void addIfAbsentLeavesAnExistingTenantUnchanged() {
        Tenant existing = new Tenant(new TenantId(UUID.randomUUID()), "Harbour Dental", ZoneId.of("Europe/London"),
                PhoneRegion.of("GB"));
        inTransactionDo(() -> tenants().save(existing));

        inTransactionDo(() -> tenants().addIfAbsent(new Tenant(existing.id(), "My business", ZoneId.of("UTC"),
                PhoneRegion.of("US"))));

        assertThat(inTransaction(() -> tenants().find(existing.id()))).contains(existing);
    }
}
