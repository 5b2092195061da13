package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.SaveServiceCommand;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Admins maintain the services a business offers: a name, a duration of 1 to 1440 minutes, an optional price in
 * minor units of an ISO 4217 currency, and an active flag that defaults to true. Every invalid field is reported
 * at once, and a refused or foreign change leaves the catalog as it was.
 */
class MaintainingServicesTest {

    private static final ActorId ADMIN = new ActorId("admin-ida");

    private final Scenario shop = Scenario.aBusiness();

    @Test
    void aNewServiceIsStoredWithItsNameDurationAndPrice() {
        Service created = shop.app.catalogAdmin.createService(command("  Colouring ", 90, 6500L, "EUR", true));

        assertThat(created.tenantId()).isEqualTo(shop.tenant.id());
        assertThat(created.name()).isEqualTo("Colouring");
        assertThat(created.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(created.price()).contains(Money.of(6500, "EUR"));
        assertThat(created.active()).isTrue();
        assertThat(shop.app.services.find(shop.tenant.id(), created.id())).contains(created);
    }

    @Test
    void aServiceWithoutPriceAndCurrencyHasNoPrice() {
        assertThat(shop.app.catalogAdmin.createService(command("Consultation", 15, null, null, null)).price())
                .isEmpty();
        assertThat(shop.app.catalogAdmin.createService(command("Check-up", 15, null, "  ", null)).price())
                .as("a blank currency is no currency").isEmpty();
    }

    @Test
    void aFreeServiceCostsZero() {
        assertThat(shop.app.catalogAdmin.createService(command("Consultation", 15, 0L, "GBP", null)).price())
                .contains(Money.of(0, "GBP"));
    }

    @Test
    void aServiceIsActiveUnlessSaidOtherwise() {
        assertThat(shop.app.catalogAdmin.createService(command("Colouring", 90, null, null, null)).active())
                .isTrue();
        assertThat(shop.app.catalogAdmin.createService(command("Perm", 120, null, null, false)).active())
                .isFalse();
    }

    @Test
    void theDurationIsOneMinuteToOneDay() {
        assertThat(shop.app.catalogAdmin.createService(command("Quick look", 1, null, null, null)).duration())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(shop.app.catalogAdmin.createService(command("Day spa", 1440, null, null, null)).duration())
                .isEqualTo(Duration.ofDays(1));

        for (Integer minutes : new Integer[] {null, 0, -30, 1441}) {
            assertRefused(command("Colouring", minutes, null, null, null), "duration_minutes");
        }
    }

    @Test
    void theNameIsRequiredAndAtMostAHundredCharacters() {
        assertThat(shop.app.catalogAdmin.createService(command("x".repeat(100), 30, null, null, null)).name())
                .hasSize(100);

        for (String name : new String[] {null, "", "   ", "x".repeat(101)}) {
            assertRefused(command(name, 30, null, null, null), "name");
        }
    }

    @Test
    void aNegativePriceIsRefusedOnThePrice() {
        assertRefused(command("Colouring", 90, -1L, "EUR", null), "price_minor");
    }

    @Test
    void aCurrencyThatIsNotAnIso4217CodeIsRefusedOnTheCurrency() {
        for (String currency : new String[] {"ABC", "eur", "EURO", "€"}) {
            assertRefused(command("Colouring", 90, 6500L, currency, null), "currency");
        }
    }

    @Test
    void aPriceWithoutCurrencyIsRefusedOnTheCurrency() {
        assertRefused(command("Colouring", 90, 6500L, null, null), "currency");
        assertRefused(command("Colouring", 90, 6500L, " ", null), "currency");
    }

    @Test
    void aCurrencyWithoutPriceIsRefusedOnThePrice() {
        assertRefused(command("Colouring", 90, null, "EUR", null), "price_minor");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceAndNothingIsStored() {
        assertRefused(command(" ", 0, -500L, "ABC", null), "name", "duration_minutes", "price_minor", "currency");
        assertRefused(command("Colouring", 90, null, "ABC", null), "price_minor", "currency");
    }

    @Test
    void anUpdateReplacesEveryFieldOfTheService() {
        Service updated = shop.app.catalogAdmin.updateService(shop.service.id(),
                command("Haircut & styling", 60, null, null, false));

        Service expected = new Service(shop.service.id(), shop.tenant.id(), "Haircut & styling",
                Duration.ofMinutes(60), Optional.empty(), false);
        assertThat(updated).isEqualTo(expected);
        assertThat(shop.app.services.find(shop.tenant.id(), shop.service.id())).contains(expected);
        assertThat(shop.app.catalog.services(shop.tenant.id(), false)).as("deactivated, no longer offered")
                .isEmpty();
    }

    @Test
    void anUpdateWithoutTheActiveFlagKeepsIt() {
        shop.app.catalogAdmin.updateService(shop.service.id(), command("Haircut", 45, null, null, false));

        assertThat(shop.app.catalogAdmin.updateService(shop.service.id(), command("Haircut", 50, null, null, null))
                .active()).as("still deactivated").isFalse();
        assertThat(shop.app.catalogAdmin.updateService(shop.service.id(), command("Haircut", 50, null, null, true))
                .active()).isTrue();
    }

    @Test
    void anInvalidUpdateChangesNothing() {
        assertThatThrownBy(() -> shop.app.catalogAdmin.updateService(shop.service.id(),
                command("Haircut", 45, 3500L, null, false)))
                .isInstanceOf(DomainValidationException.class);

        assertThat(shop.app.services.find(shop.tenant.id(), shop.service.id())).contains(shop.service);
    }

    @Test
    void updatingAnUnknownServiceIsNotFoundAndStoresNothing() {
        ServiceId unknown = new ServiceId(UUID.randomUUID());

        assertThatThrownBy(() -> shop.app.catalogAdmin.updateService(unknown, command("Perm", 120, null, null, null)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_NOT_FOUND));
        assertThat(shop.app.services.list(shop.tenant.id())).containsExactly(shop.service);
    }

    @Test
    void updatingAnotherTenantsServiceIsNotFoundAndChangesNothing() {
        Scenario neighbour = shop.anotherBusiness();

        assertThatThrownBy(() -> shop.app.catalogAdmin.updateService(neighbour.service.id(),
                command("Taken over", 10, 100L, "EUR", false)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_NOT_FOUND));
        assertThat(shop.app.services.find(neighbour.tenant.id(), neighbour.service.id())).contains(neighbour.service);
        assertThat(shop.app.services.list(shop.tenant.id())).containsExactly(shop.service);
    }

    private SaveServiceCommand command(String name, Integer durationMinutes, Long priceMinor, String currency,
            Boolean active) {
        return new SaveServiceCommand(shop.tenant.id(), ADMIN, name, durationMinutes, priceMinor, currency, active);
    }

    /** Creating the service is refused on exactly these fields, in this order, and stores nothing. */
    private void assertRefused(SaveServiceCommand command, String... fields) {
        List<Service> before = shop.app.services.list(shop.tenant.id());

        assertThatThrownBy(() -> shop.app.catalogAdmin.createService(command))
                .as("%s", command)
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly(fields));
        assertThat(shop.app.services.list(shop.tenant.id())).isEqualTo(before);
    }
}
