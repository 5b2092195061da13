package io.frontdesk.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.PersonName;
import io.frontdesk.booking.domain.shared.Tenant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StaffMembers} implementation must do: keep staff per tenant with the services they perform,
 * list them by name.
 */
public abstract class StaffMembersContract extends PortContract {

    /** The implementation under test; the same instance throughout one test. */
    protected abstract StaffMembers staffMembers();

    /** Where the staff members' tenants are stored. */
    protected abstract Tenants tenants();

    /** Where the services staff perform are stored. */
    protected abstract Services services();

    private Arrange arrange;
    private Tenant tenant;
    private Service haircut;
    private Service colouring;

    @BeforeEach
    void arrangeCatalog() {
        arrange = new Arrange(this).tenants(tenants()).services(services()).staffMembers(staffMembers());
        tenant = arrange.tenant();
        haircut = arrange.service(tenant, "Haircut");
        colouring = arrange.service(tenant, "Colouring");
    }

    @Test
    void aSavedStaffMemberIsFoundWithRoleEmailActiveFlagAndServices() {
        Staff member = new Staff(new StaffId(UUID.randomUUID()), tenant.id(), PersonName.of("Lena Vogel"),
                Optional.of("Senior stylist"), Optional.of(EmailAddress.of("lena@studio-lumen.example")), true,
                Set.of(haircut.id(), colouring.id()));

        inTransactionDo(() -> staffMembers().save(member));

        assertThat(inTransaction(() -> staffMembers().find(tenant.id(), member.id()))).contains(member);
    }

    @Test
    void aStaffMemberWithoutRoleEmailOrServicesIsFoundWithoutThem() {
        Staff trainee = new Staff(new StaffId(UUID.randomUUID()), tenant.id(), PersonName.of("Tom Baker"),
                Optional.empty(), Optional.empty(), false, Set.of());

        inTransactionDo(() -> staffMembers().save(trainee));

        assertThat(inTransaction(() -> staffMembers().find(tenant.id(), trainee.id()))).contains(trainee);
    }

    @Test
    void anotherTenantsStaffMemberIsNotFound() {
        Staff member = arrange.staff(tenant, "Lena Vogel", haircut);
        Tenant other = arrange.tenant();

        assertThat(inTransaction(() -> staffMembers().find(other.id(), member.id()))).isEmpty();
    }

    @Test
    void theListHoldsActiveAndInactiveStaffOfTheTenantByName() {
        Staff zoe = arrange.staff(tenant, "Zoe Martin", haircut);
        Staff anna = arrange.staff(tenant, "Anna Berg", Optional.empty(), false, colouring);
        Staff lena = arrange.staff(tenant, "Lena Vogel", haircut, colouring);
        Tenant other = arrange.tenant();
        arrange.staff(other, "Bob Other", arrange.service(other, "Haircut"));

        assertThat(inTransaction(() -> staffMembers().list(tenant.id()))).containsExactly(anna, lena, zoe);
    }

    @Test
    void savingAStaffMemberAgainReplacesItsFieldsAndServices() {
        Staff member = arrange.staff(tenant, "Lena Vogel", haircut, colouring);
        Staff changed = new Staff(member.id(), tenant.id(), PersonName.of("Lena Vogel-Berg"), Optional.empty(),
                Optional.empty(), false, Set.of(colouring.id()));

        inTransactionDo(() -> staffMembers().save(changed));

        Staff found = inTransaction(() -> staffMembers().find(tenant.id(), member.id())).orElseThrow();
        assertThat(found).isEqualTo(changed);
        assertThat(found.performs(haircut.id())).isFalse();
        assertThat(inTransaction(() -> staffMembers().list(tenant.id()))).containsExactly(changed);
    }
}
