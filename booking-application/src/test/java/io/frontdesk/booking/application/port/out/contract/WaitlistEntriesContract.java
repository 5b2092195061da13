package io.frontdesk.booking.application.port.out.contract;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static io.frontdesk.booking.application.port.out.contract.ContractData.aCustomer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.customer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistFilter;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.frontdesk.booking.domain.waitlist.WaitlistOffer;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WaitlistEntries} implementation must do: keep an entry whole, its offer included, refuse
 * stale updates, serve the line oldest first to the slots entries match, list and filter, and never cross tenants.
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

    @Test
    void theNextInLineIsTheOldestWaitingEntryThatMatchesTheSlot() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(48));
        WaitlistEntry newer = waitingSince(NOW.minusSeconds(60), Optional.of(lena), WANTED);
        WaitlistEntry oldest = waitingSince(NOW.minusSeconds(3600), Optional.empty(), WANTED);
        waitingSince(NOW.minusSeconds(7200), Optional.empty(), new TimeRange(hoursFromNow(72), hoursFromNow(96)));

        assertThat(inTransaction(() -> waitlistEntries().nextInLine(slot, Set.of()))).map(WaitlistEntry::id)
                .contains(oldest.id());
        assertThat(inTransaction(() -> waitlistEntries().nextInLine(slot, Set.of(oldest.id()))))
                .map(WaitlistEntry::id).contains(newer.id());
        assertThat(inTransaction(() -> waitlistEntries().nextInLine(slot, Set.of(oldest.id(), newer.id()))))
                .isEmpty();
    }

    @Test
    void entriesForAnotherServiceOrStaffMemberOrNotWaitingAreNotInLine() {
        Service colour = arrange.service(tenant, "Colour");
        Staff omar = arrange.staff(tenant, "Omar Haddad", haircut, colour);
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(48));
        WaitlistEntry forOmar = waitingSince(NOW.minusSeconds(600), Optional.of(omar), WANTED);
        WaitlistEntry forColour = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), tenant.id(),
                aCustomer(), colour.id(), Optional.empty(), WANTED, NOW.minusSeconds(600));
        inTransactionDo(() -> waitlistEntries().add(forColour));
        WaitlistEntry removed = waitingSince(NOW.minusSeconds(900), Optional.empty(), WANTED);
        WaitlistEntry loaded = find(removed.id()).orElseThrow();
        loaded.remove();
        inTransactionDo(() -> waitlistEntries().update(loaded));

        assertThat(inTransaction(() -> waitlistEntries().nextInLine(slot, Set.of()))).isEmpty();
        assertThat(forOmar.status()).isEqualTo(WaitlistStatus.WAITING);
    }

    @Test
    void anotherTenantsEntriesAreNeverInLine() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(48));
        Tenant other = arrange.tenant();
        WaitlistEntry foreign = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), other.id(), aCustomer(),
                arrange.service(other, "Haircut").id(), Optional.empty(), WANTED, NOW.minusSeconds(600));
        inTransactionDo(() -> waitlistEntries().add(foreign));

        assertThat(inTransaction(() -> waitlistEntries().nextInLine(slot, Set.of()))).isEmpty();
        assertThat(inTransaction(() -> waitlistEntries().anyWaiting(tenant.id(), haircut.id()))).isFalse();
        assertThat(inTransaction(() -> waitlistEntries().anyWaiting(other.id(), foreign.serviceId()))).isTrue();
    }

    @Test
    void lapsedEntriesAreTheWaitingOnesWhoseWindowHasEndedOfEveryTenantOldestFirst() {
        // Windows long before any other test's, so these are the oldest lapsed entries in a shared database.
        Instant longAgo = NOW.minus(Duration.ofDays(3650));
        TimeRange ended = new TimeRange(longAgo, longAgo.plusSeconds(3600));
        WaitlistEntry second = waitingSince(longAgo.minusSeconds(60), Optional.empty(), ended);
        Tenant other = arrange.tenant();
        WaitlistEntry first = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), other.id(), aCustomer(),
                arrange.service(other, "Haircut").id(), Optional.empty(), ended, longAgo.minusSeconds(120));
        inTransactionDo(() -> waitlistEntries().add(first));
        WaitlistEntry removed = waitingSince(longAgo.minusSeconds(180), Optional.empty(), ended);
        WaitlistEntry loaded = find(removed.id()).orElseThrow();
        loaded.remove();
        inTransactionDo(() -> waitlistEntries().update(loaded));
        WaitlistEntry current = waitingSince(longAgo.minusSeconds(240), Optional.empty(), WANTED);

        var lapsed = inTransaction(() -> waitlistEntries().lapsed(longAgo.plusSeconds(3600), 2)).stream()
                .map(WaitlistEntry::id).toList();

        assertThat(lapsed).containsExactly(first.id(), second.id()).doesNotContain(current.id(), removed.id());
        assertThat(inTransaction(() -> waitlistEntries().lapsed(longAgo.plusSeconds(3599), 10))).isEmpty();
    }

    @Test
    void theListIsFilteredOldestFirstAndPaged() {
        Service colour = arrange.service(tenant, "Colour");
        WaitlistEntry first = waitingSince(NOW.minusSeconds(300), Optional.of(lena), WANTED);
        WaitlistEntry second = waitingSince(NOW.minusSeconds(200), Optional.empty(), WANTED);
        WaitlistEntry third = waitingSince(NOW.minusSeconds(100), Optional.empty(), WANTED);
        WaitlistEntry ofColour = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), tenant.id(),
                aCustomer(), colour.id(), Optional.empty(), WANTED, NOW.minusSeconds(50));
        inTransactionDo(() -> waitlistEntries().add(ofColour));
        WaitlistEntry removed = find(third.id()).orElseThrow();
        removed.remove();
        inTransactionDo(() -> waitlistEntries().update(removed));

        Page<WaitlistEntry> all = list(Optional.empty(), Optional.empty(), Optional.empty(), new PageRequest(1, 20));
        assertThat(all.items()).extracting(WaitlistEntry::id)
                .containsExactly(first.id(), second.id(), third.id(), ofColour.id());
        assertThat(all.total()).isEqualTo(4);

        Page<WaitlistEntry> page2 = list(Optional.empty(), Optional.empty(), Optional.empty(), new PageRequest(2, 3));
        assertThat(page2.items()).extracting(WaitlistEntry::id).containsExactly(ofColour.id());
        assertThat(page2.total()).isEqualTo(4);

        assertThat(list(Optional.of(WaitlistStatus.WAITING), Optional.of(haircut.id()), Optional.empty(),
                new PageRequest(1, 20)).items()).extracting(WaitlistEntry::id).containsExactly(first.id(), second.id());
        assertThat(list(Optional.empty(), Optional.empty(), Optional.of(lena.id()), new PageRequest(1, 20)).items())
                .extracting(WaitlistEntry::id).containsExactly(first.id());
        assertThat(inTransaction(() -> waitlistEntries().list(new WaitlistFilter(arrange.tenant().id(),
                Optional.empty(), Optional.empty(), Optional.empty()), new PageRequest(1, 20))).total()).isZero();
    }

    private Page<WaitlistEntry> list(Optional<WaitlistStatus> status, Optional<ServiceId> service,
            Optional<StaffId> staff, PageRequest page) {
        return inTransaction(() -> waitlistEntries().list(new WaitlistFilter(tenant.id(), status, service, staff),
                page));
    }

    private WaitlistEntry waitingSince(Instant joined, Optional<Staff> staff, TimeRange wanted) {
        WaitlistEntry entry = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), tenant.id(), aCustomer(),
                haircut.id(), staff.map(Staff::id), wanted, joined);
        inTransactionDo(() -> waitlistEntries().add(entry));
        return entry;
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
