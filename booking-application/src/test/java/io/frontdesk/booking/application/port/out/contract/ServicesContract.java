package io.frontdesk.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.Tenant;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Services} implementation must do: keep services per tenant, list them by name. */
public abstract class ServicesContract extends PortContract {

    /** The implementation under test; the same instance throughout one test. */
    protected abstract Services services();

    /** Where the services' tenants are stored. */
    protected abstract Tenants tenants();

    private Arrange arrange;
    private Tenant tenant;

    @BeforeEach
    void arrangeTenant() {
        arrange = new Arrange(this).tenants(tenants()).services(services());
        tenant = arrange.tenant();
    }

    @Test
    void aSavedServiceIsFoundWithItsDurationPriceAndActiveFlag() {
        Service service = new Service(new ServiceId(UUID.randomUUID()), tenant.id(), "Colour and cut",
                Duration.ofMinutes(105), Optional.of(Money.of(8950, "EUR")), true);

        inTransactionDo(() -> services().save(service));

        assertThat(inTransaction(() -> services().find(tenant.id(), service.id()))).contains(service);
    }

    @Test
    void aServiceWithoutPriceIsFoundWithoutPrice() {
        Service free = arrange.service(tenant, "Consultation", Duration.ofMinutes(15), Optional.empty(), true);

        assertThat(inTransaction(() -> services().find(tenant.id(), free.id())))
                .hasValueSatisfying(found -> assertThat(found.price()).isEmpty());
    }

    @Test
    void aPriceKeepsItsMinorUnitsAndCurrency() {
        Service priced = arrange.service(tenant, "Massage", Duration.ofMinutes(60),
                Optional.of(Money.of(12000, "JPY")), true);

        assertThat(inTransaction(() -> services().find(tenant.id(), priced.id())).orElseThrow().price())
                .contains(Money.of(12000, "JPY"));
    }

    @Test
    void anotherTenantsServiceIsNotFound() {
        Service service = arrange.service(tenant, "Haircut");
        Tenant other = arrange.tenant();

        assertThat(inTransaction(() -> services().find(other.id(), service.id()))).isEmpty();
    }

    @Test
    void anUnknownServiceIsNotFound() {
        assertThat(inTransaction(() -> services().find(tenant.id(), new ServiceId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void theListHoldsActiveAndInactiveServicesOfTheTenantByName() {
        Service haircut = arrange.service(tenant, "Haircut");
        Service beard = arrange.service(tenant, "Beard trim", Duration.ofMinutes(20), Optional.empty(), false);
        Service colour = arrange.service(tenant, "Colouring");
        arrange.service(arrange.tenant(), "Another tenant's service");

        assertThat(inTransaction(() -> services().list(tenant.id()))).containsExactly(beard, colour, haircut);
    }

    @Test
    void theListOfATenantWithoutServicesIsEmpty() {
        assertThat(inTransaction(() -> services().list(tenant.id()))).isEmpty();
    }

    @Test
    void savingAServiceAgainReplacesIt() {
        Service service = arrange.service(tenant, "Haircut");
        Service changed = new Service(service.id(), tenant.id(), "Haircut deluxe", Duration.ofMinutes(50),
                Optional.empty(), false);

        inTransactionDo(() -> services().save(changed));

        assertThat(inTransaction(() -> services().find(tenant.id(), service.id()))).contains(changed);
        assertThat(inTransaction(() -> services().list(tenant.id()))).containsExactly(changed);
    }
}
