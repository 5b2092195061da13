package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.SaveStaffCommand;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.PersonName;
import io.frontdesk.booking.domain.shared.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Admins maintain who performs which service: a person's name, an optional role of at most 100 characters and an
 * optional email, an active flag that defaults to true, and services that must all be the tenant's own. Every
 * invalid field is reported at once, and a refused or foreign change leaves the staff as they were.
 */
class MaintainingStaffTest {

    private static final ActorId ADMIN = new ActorId("admin-ida");

    private final Scenario shop = Scenario.aBusiness();
    private final Service colouring = shop.addService("Colouring", Duration.ofMinutes(90), Optional.empty(), true);

    @Test
    void aNewStaffMemberIsStoredWithNameRoleEmailAndServices() {
        Staff created = shop.app.catalogAdmin.createStaff(command("  Tom   Baker ", " Barber ",
                " Tom.Baker@Studio-Lumen.EXAMPLE ", null, List.of(shop.service.id(), colouring.id())));

        assertThat(created.tenantId()).isEqualTo(shop.tenant.id());
        assertThat(created.name()).isEqualTo(PersonName.of("Tom Baker"));
        assertThat(created.role()).contains("Barber");
        assertThat(created.email()).contains(EmailAddress.of("Tom.Baker@studio-lumen.example"));
        assertThat(created.active()).isTrue();
        assertThat(created.serviceIds()).containsExactlyInAnyOrder(shop.service.id(), colouring.id());
        assertThat(shop.app.staff.find(shop.tenant.id(), created.id())).contains(created);
    }

    @Test
    void roleEmailAndServicesAreOptional() {
        Staff created = shop.app.catalogAdmin.createStaff(command("Tom Baker", "  ", "  ", null, null));

        assertThat(created.role()).isEmpty();
        assertThat(created.email()).isEmpty();
        assertThat(created.serviceIds()).isEmpty();
        assertThat(shop.app.catalogAdmin.createStaff(command("Zoe Martin", null, null, null, List.of())).role())
                .isEmpty();
    }

    @Test
    void aStaffMemberIsActiveUnlessSaidOtherwise() {
        assertThat(shop.app.catalogAdmin.createStaff(command("Tom Baker", null, null, null, null)).active())
                .isTrue();
        assertThat(shop.app.catalogAdmin.createStaff(command("Anna Berg", null, null, false, null)).active())
                .isFalse();
    }

    @Test
    void theNameMustBeAPersonsName() {
        for (String name : new String[] {null, "   ", "T", "x".repeat(101), "Tom\u0007Baker"}) {
            assertRefused(command(name, null, null, null, null), "name");
        }
    }

    @Test
    void theRoleIsAtMostAHundredCharacters() {
        assertThat(shop.app.catalogAdmin.createStaff(command("Tom Baker", "r".repeat(100), null, null, null)).role())
                .hasValueSatisfying(role -> assertThat(role).hasSize(100));

        assertRefused(command("Anna Berg", "r".repeat(101), null, null, null), "role");
    }

    @Test
    void anInvalidEmailIsRefusedOnTheEmail() {
        for (String email : new String[] {"tom.baker", "tom@localhost", "tom baker@example.org"}) {
            assertRefused(command("Tom Baker", null, email, null, null), "email");
        }
    }

    @Test
    void anotherTenantsServiceIsRefusedOnTheServiceIds() {
        Scenario neighbour = shop.anotherBusiness();

        assertRefused(command("Tom Baker", null, null, null, List.of(shop.service.id(), neighbour.service.id())),
                "service_ids");
    }

    @Test
    void anUnknownServiceIsRefusedOnTheServiceIds() {
        assertRefused(command("Tom Baker", null, null, null, List.of(new ServiceId(UUID.randomUUID()))),
                "service_ids");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceAndNothingIsStored() {
        Scenario neighbour = shop.anotherBusiness();

        assertRefused(command("T", "r".repeat(101), "not-an-email", null, List.of(neighbour.service.id())),
                "name", "role", "email", "service_ids");
    }

    @Test
    void anUpdateReplacesEveryFieldOfTheStaffMember() {
        Staff updated = shop.app.catalogAdmin.updateStaff(shop.staff.id(),
                command("Lena Vogel-Berg", null, null, false, List.of(colouring.id())));

        Staff expected = new Staff(shop.staff.id(), shop.tenant.id(), PersonName.of("Lena Vogel-Berg"),
                Optional.empty(), Optional.empty(), false, Set.of(colouring.id()));
        assertThat(updated).isEqualTo(expected);
        assertThat(shop.app.staff.find(shop.tenant.id(), shop.staff.id())).contains(expected);
        assertThat(updated.performs(shop.service.id())).isFalse();
    }

    @Test
    void anUpdateWithoutTheActiveFlagKeepsIt() {
        shop.app.catalogAdmin.updateStaff(shop.staff.id(), command("Lena Vogel", null, null, false, List.of()));

        assertThat(shop.app.catalogAdmin.updateStaff(shop.staff.id(),
                command("Lena Vogel", "Stylist", null, null, List.of())).active()).as("still inactive").isFalse();
    }

    @Test
    void anInvalidUpdateChangesNothing() {
        assertThatThrownBy(() -> shop.app.catalogAdmin.updateStaff(shop.staff.id(),
                command("Lena Vogel", null, "lena@", false, List.of())))
                .isInstanceOf(DomainValidationException.class);

        assertThat(shop.app.staff.find(shop.tenant.id(), shop.staff.id())).contains(shop.staff);
    }

    @Test
    void updatingAnUnknownStaffMemberIsNotFoundAndStoresNothing() {
        StaffId unknown = new StaffId(UUID.randomUUID());

        assertThatThrownBy(() -> shop.app.catalogAdmin.updateStaff(unknown, command("Tom Baker", null, null, null,
                null)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STAFF_NOT_FOUND));
        assertThat(shop.app.staff.list(shop.tenant.id())).containsExactly(shop.staff);
    }

    @Test
    void updatingAnotherTenantsStaffMemberIsNotFoundAndChangesNothing() {
        Scenario neighbour = shop.anotherBusiness();

        assertThatThrownBy(() -> shop.app.catalogAdmin.updateStaff(neighbour.staff.id(),
                command("Taken Over", null, null, false, null)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STAFF_NOT_FOUND));
        assertThat(shop.app.staff.find(neighbour.tenant.id(), neighbour.staff.id())).contains(neighbour.staff);
        assertThat(shop.app.staff.list(shop.tenant.id())).containsExactly(shop.staff);
    }

    private SaveStaffCommand command(String name, String role, String email, Boolean active,
            List<ServiceId> serviceIds) {
        return new SaveStaffCommand(shop.tenant.id(), ADMIN, name, role, email, active, serviceIds);
    }

    /** Creating the staff member is refused on exactly these fields, in this order, and stores nothing. */
    private void assertRefused(SaveStaffCommand command, String... fields) {
        List<Staff> before = shop.app.staff.list(shop.tenant.id());

        assertThatThrownBy(() -> shop.app.catalogAdmin.createStaff(command))
                .as("%s", command)
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly(fields));
        assertThat(shop.app.staff.list(shop.tenant.id())).isEqualTo(before);
    }
}
