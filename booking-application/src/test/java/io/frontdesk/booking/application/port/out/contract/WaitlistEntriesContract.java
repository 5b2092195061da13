package io.frontdesk.booking.application.port.out.contract;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static io.frontdesk.booking.application.port.out.contract.ContractData.aCustomer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.customer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.frontdesk.booking.domain.waitlist.WaitlistOffer;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WaitlistEntries} implementation must do: keep an entry whole, its offer included, refuse
 * stale updates, and never cross tenants.
 */
public abstract class WaitlistEntriesContract extends PortContract {

    /** The implementation under test; the same instance throughout one test. */
    protected abstract WaitlistEntries waitlistEntries();

    /** Where the entries' tenants are stored. */
    protected abstract Tenants tenants();

    /** Where the wanted services are stored. */
    protected abstract Services services();

    /** Where the wanted staff members are stored. */
    protected abstract StaffMembers staffMembers();

    /** Where the offered slots are stored. */
    protected abstract Slots slots();

    private static final TimeRange WANTED = new TimeRange(hoursFromNow(24), hoursFromNow(24 * 8));

    private Arrange arrange;
    private Tenant tenant;
    private Service haircut;
    private Staff lena;

    @BeforeEach
    void arrangeCatalog() {
        arrange = new Arrange(this).tenants(tenants()).services(services()).staffMembers(staffMembers())
                .slots(slots());
        tenant = arrange.tenant();
        haircut = arrange.service(tenant, "Haircut");
        lena = arrange.staff(tenant, "Lena Vogel", haircut);
    }

    @Test
    void anAddedEntryIsFoundWaitingWithEveryField() {
        WaitlistEntry entry = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), tenant.id(),
                customer("Joanna Smith", "+1 201-555-0123", "joanna@example.org"), haircut.id(),
                Optional.of(lena.id()), WANTED, NOW);

        inTransactionDo(() -> waitlistEntries().add(entry));

        WaitlistEntry found = find(entry.id()).orElseThrow();
        assertThat(found.tenantId()).isEqualTo(tenant.id());
        assertThat(found.customer()).isEqualTo(entry.customer());
        assertThat(found.serviceId()).isEqualTo(haircut.id());
        assertThat(found.staffId()).contains(lena.id());
        assertThat(found.wantedWindow()).isEqualTo(WANTED);
        assertThat(found.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(found.offer()).isEmpty();
        assertThat(found.createdAt()).isEqualTo(NOW);
    }

    @Test
    void anEntryForAnyStaffMemberIsFoundWithoutStaffMember() {
        WaitlistEntry entry = waiting(Optional.empty());

        assertThat(find(entry.id()).orElseThrow().staffId()).isEmpty();
    }

    @Test
    void anotherTenantsEntryIsNotFound() {
        WaitlistEntry entry = waiting(Optional.of(lena));
        Tenant other = arrange.tenant();

        assertThat(inTransaction(() -> waitlistEntries().find(other.id(), entry.id()))).isEmpty();
        assertThat(find(new WaitlistEntryId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void anUpdateStoresTheOfferAndRaisesTheVersion() {
        WaitlistEntry entry = waiting(Optional.of(lena));
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(48));
        WaitlistEntry loaded = find(entry.id()).orElseThrow();
        loaded.offer(slot, hoursFromNow(2), NOW);

        inTransactionDo(() -> waitlistEntries().update(loaded));

        WaitlistEntry stored = find(entry.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(stored.offer()).contains(new WaitlistOffer(slot.id(), NOW, hoursFromNow(2)));
        assertThat(stored.version()).isGreaterThan(loaded.version());
    }

    @Test
    void anUpdateClearsAnEndedOffer() {
        WaitlistEntry entry = waiting(Optional.of(lena));
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(48));
        WaitlistEntry offered = find(entry.id()).orElseThrow();
        offered.offer(slot, hoursFromNow(2), NOW);
        inTransactionDo(() -> waitlistEntries().update(offered));
        WaitlistEntry declined = find(entry.id()).orElseThrow();
        declined.decline();

        inTransactionDo(() -> waitlistEntries().update(declined));

        WaitlistEntry stored = find(entry.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(stored.offer()).isEmpty();
        assertThat(stored.createdAt()).isEqualTo(NOW);
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        WaitlistEntry entry = waiting(Optional.of(lena));
        WaitlistEntry first = find(entry.id()).orElseThrow();
        WaitlistEntry second = find(entry.id()).orElseThrow();
        first.remove();
        inTransactionDo(() -> waitlistEntries().update(first));
        second.expire();

        assertThatThrownBy(() -> inTransactionDo(() -> waitlistEntries().update(second)))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_TRANSITION_REFUSED));
        assertThat(find(entry.id()).orElseThrow().status()).isEqualTo(WaitlistStatus.REMOVED);
    }

    @Test
    void anUpdateInTheNameOfAnotherTenantIsRefused() {
        WaitlistEntry entry = waiting(Optional.of(lena));
        Tenant other = arrange.tenant();
        WaitlistEntry foreign = WaitlistEntry.reconstitute(entry.id(), other.id(), entry.customer(),
                entry.serviceId(), entry.staffId(), entry.wantedWindow(), WaitlistStatus.REMOVED, Optional.empty(),
                entry.createdAt(), find(entry.id()).orElseThrow().version());

        assertThatThrownBy(() -> inTransactionDo(() -> waitlistEntries().update(foreign)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(find(entry.id()).orElseThrow().status()).isEqualTo(WaitlistStatus.WAITING);
    }

    private WaitlistEntry waiting(Optional<Staff> staff) {
        WaitlistEntry entry = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), tenant.id(), aCustomer(),
                haircut.id(), staff.map(Staff::id), WANTED, NOW);
        inTransactionDo(() -> waitlistEntries().add(entry));
        return entry;
    }

    private Optional<WaitlistEntry> find(WaitlistEntryId id) {
        return inTransaction(() -> waitlistEntries().find(tenant.id(), id));
    }
}
