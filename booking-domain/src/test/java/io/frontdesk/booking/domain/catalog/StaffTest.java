package io.frontdesk.booking.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.PersonName;
import io.frontdesk.booking.domain.shared.SampleCustomers;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A staff member: a role of at most 100 characters when given, and the services they perform. */
class StaffTest {

    private static final ServiceId HAIRCUT = new ServiceId(UUID.randomUUID());
    private static final ServiceId COLOURING = new ServiceId(UUID.randomUUID());

    private static Staff alex(Optional<String> role, Set<ServiceId> services) {
        return new Staff(new StaffId(UUID.randomUUID()), SampleCustomers.TENANT, PersonName.of("Alex Kamm"), role,
                Optional.empty(), true, services);
    }

    @Test
    void aStaffMemberPerformsTheServicesListed() {
        Staff staff = alex(Optional.empty(), Set.of(HAIRCUT));

        assertThat(staff.performs(HAIRCUT)).isTrue();
        assertThat(staff.performs(COLOURING)).isFalse();
    }

    @Test
    void theServicesAreCopiedSoLaterChangesToTheInputDoNotLeakIn() {
        Set<ServiceId> input = new HashSet<>(Set.of(HAIRCUT));
        Staff staff = alex(Optional.empty(), input);

        input.add(COLOURING);

        assertThat(staff.performs(COLOURING)).isFalse();
    }

    @Test
    void aBlankRoleMeansNoneAndARoleIsTrimmed() {
        assertThat(alex(Optional.of("   "), Set.of()).role()).isEmpty();
        assertThat(alex(Optional.of(" Stylist "), Set.of()).role()).contains("Stylist");
    }

    @Test
    void aRoleOfMoreThanAHundredCharactersIsRefusedOnTheRole() {
        assertThat(alex(Optional.of("r".repeat(100)), Set.of()).role()).hasValueSatisfying(r -> assertThat(r)
                .hasSize(100));
        assertThatThrownBy(() -> alex(Optional.of("r".repeat(101)), Set.of()))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("role"));
    }
}
