package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.frontdesk.booking.application.fake.InMemoryTenants;
import io.frontdesk.booking.application.port.in.BookingStatsQuery;
import io.frontdesk.booking.application.port.in.UpdateTenantCommand;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.Violation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tenant's settings: created on first sight with safe defaults and never overwritten by a later sighting; edited
 * by admins, every invalid field reported at once; and once changed, the new zone decides where "today" begins and
 * the new region how phone numbers without a country code are read.
 */
class ManagingTenantSettingsTest {

    private static final ActorId ADMIN = new ActorId("admin-ida");

    private final Scenario shop = Scenario.aBusiness();
    private final TenantService settings = shop.app.tenantSettings;

    @Test
    void aTenantSeenForTheFirstTimeIsCreatedWithDefaultNameUtcAndTheGivenRegion() {
        TenantId newcomer = new TenantId(UUID.randomUUID());

        Tenant created = settings.ensureExists(newcomer, PhoneRegion.of("GB"));

        Tenant expected = new Tenant(newcomer, "My business", ZoneId.of("UTC"), PhoneRegion.of("GB"));
        assertThat(created).isEqualTo(expected);
        assertThat(shop.app.tenants.find(newcomer)).contains(expected);
    }

    @Test
    void aTenantSeenAgainIsNotWrittenAgain() {
        CountingTenants counting = new CountingTenants(shop.app.tenants);
        TenantService service = new TenantService(counting);
        TenantId newcomer = new TenantId(UUID.randomUUID());

        Tenant first = service.ensureExists(newcomer, PhoneRegion.of("GB"));
        Tenant second = service.ensureExists(newcomer, PhoneRegion.of("US"));

        assertThat(second).isEqualTo(first);
        assertThat(second.phoneRegion()).isEqualTo(PhoneRegion.of("GB"));
        assertThat(counting.writes).isEqualTo(1);
    }

    @Test
    void ensuringAnExistingTenantNeverOverwritesItsSettings() {
        Tenant edited = update("Harbour Dental", "Europe/London", "GB");

        Tenant ensured = settings.ensureExists(shop.tenant.id(), PhoneRegion.of("US"));

        assertThat(ensured).isEqualTo(edited);
        assertThat(shop.app.tenants.find(shop.tenant.id())).contains(edited);
    }

    @Test
    void getReturnsTheStoredSettings() {
        assertThat(settings.get(shop.tenant.id())).isEqualTo(shop.tenant);
    }

    @Test
    void getOfAnUnknownTenantIsNotFound() {
        assertThatThrownBy(() -> settings.get(new TenantId(UUID.randomUUID())))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND));
    }

    @Test
    void anUpdateStoresTheNewNameTimeZoneAndPhoneRegion() {
        Tenant updated = update("  Harbour Dental ", "Europe/London", "gb");

        Tenant expected = new Tenant(shop.tenant.id(), "Harbour Dental", ZoneId.of("Europe/London"),
                PhoneRegion.of("GB"));
        assertThat(updated).isEqualTo(expected);
        assertThat(settings.get(shop.tenant.id())).isEqualTo(expected);
    }

    @Test
    void theNameMayHaveOneToTwoHundredCharacters() {
        assertThat(update("X", "UTC", "US").name()).isEqualTo("X");
        assertThat(update("x".repeat(200), "UTC", "US").name()).hasSize(200);

        assertThatThrownBy(() -> update("x".repeat(201), "UTC", "US"))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("name"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceAndNothingChanges() {
        assertThatThrownBy(() -> update("x".repeat(201), "Mars/Olympus_Mons", "XX"))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("name", "time_zone", "phone_region"));
        assertThat(settings.get(shop.tenant.id())).isEqualTo(shop.tenant);
    }

    @Test
    void blankFieldsAreReportedAsRequired() {
        assertThatThrownBy(() -> update("   ", "", null))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::message)
                        .containsExactly(tuple("name", "is required"), tuple("time_zone", "is required"),
                                tuple("phone_region", "is required")));
        assertThat(settings.get(shop.tenant.id())).isEqualTo(shop.tenant);
    }

    @Test
    void aFixedOffsetIsNotATimeZone() {
        for (String offset : new String[] {"+01:00", "UTC+01:00", "Z"}) {
            assertThatThrownBy(() -> update("Studio Lumen", offset, "US"))
                    .as(offset)
                    .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("time_zone"));
        }
    }

    @Test
    void updatingAnUnknownTenantIsNotFoundAndCreatesNothing() {
        TenantId unknown = new TenantId(UUID.randomUUID());

        assertThatThrownBy(() -> settings.update(new UpdateTenantCommand(unknown, ADMIN, "Harbour Dental",
                "Europe/London", "GB")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND));
        assertThat(shop.app.tenants.find(unknown)).isEmpty();
    }

    @Test
    void aNewTimeZoneMovesWhereTodayBeginsInTheStatistics() {
        shop.bookedAt(Instant.parse("2026-03-02T22:30:00Z"));
        shop.bookedAt(Instant.parse("2026-03-02T23:30:00Z"));
        shop.clock.set(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(todayBookings()).as("in UTC both start on 2 March").isEqualTo(2);

        update("Studio Lumen", "Europe/Berlin", "US");

        assertThat(todayBookings()).as("in Berlin 23:30Z is 00:30 on 3 March").isEqualTo(1);
    }

    @Test
    void aNewPhoneRegionChangesHowNumbersWithoutCountryCodeAreRead() {
        assertThatThrownBy(() -> shop.aBookingOf(shop.openSlotAt(shop.inHours(2))).phone("020 7946 0018").create())
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("customer_phone"));

        update("Studio Lumen", "UTC", "GB");

        assertThat(shop.aBookingOf(shop.openSlotAt(shop.inHours(3))).phone("020 7946 0018").create()
                .customerPhone()).isEqualTo("+442079460018");
    }

    private Tenant update(String name, String timeZone, String phoneRegion) {
        return settings.update(new UpdateTenantCommand(shop.tenant.id(), ADMIN, name, timeZone, phoneRegion));
    }

    private long todayBookings() {
        return shop.app.reads.stats(new BookingStatsQuery(shop.tenant.id(), Optional.empty(), Optional.empty()))
                .todayBookings();
    }

    /** Counts the writes that reach the tenants port, to prove a second sighting writes nothing. */
    private static final class CountingTenants implements Tenants {

        private final InMemoryTenants delegate;
        private int writes;

        CountingTenants(InMemoryTenants delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Tenant> find(TenantId id) {
            return delegate.find(id);
        }

        @Override
        public void save(Tenant tenant) {
            writes++;
            delegate.save(tenant);
        }

        @Override
        public void addIfAbsent(Tenant tenant) {
            writes++;
            delegate.addIfAbsent(tenant);
        }
    }
}
