package io.frontdesk.booking.application.port.out.contract;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static io.frontdesk.booking.application.port.out.contract.ContractData.highUuid;
import static io.frontdesk.booking.application.port.out.contract.ContractData.hoursFromNow;
import static io.frontdesk.booking.application.port.out.contract.ContractData.lowUuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.SlotSearch;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotInThePastException;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.slot.SlotUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Slots} implementation must do: book atomically (one winner among concurrent callers),
 * tell a missing or foreign slot (not found), a started one (in the past) and a taken one (unavailable) apart,
 * never let two slots of one staff member overlap, refuse stale updates and deletes, and search in start order.
 */
public abstract class SlotsContract extends PortContract {

    /** How many callers race for one slot. */
    protected static final int RACERS = 50;

    /** How long the race may take in all; generous, as a database may queue the callers for connections. */
    protected static final Duration RACE_DEADLINE = Duration.ofSeconds(60);

    /** The implementation under test; the same instance throughout one test. */
    protected abstract Slots slots();

    /** Where the slots' tenants are stored. */
    protected abstract Tenants tenants();

    /** Where the slots' services are stored. */
    protected abstract Services services();

    /** Where the slots' staff members are stored. */
    protected abstract StaffMembers staffMembers();

    private static final Instant TOMORROW = Instant.parse("2031-03-04T00:00:00Z");

    private Arrange arrange;
    private Tenant tenant;
    private Service haircut;
    private Service colouring;
    private Staff lena;
    private Staff tom;

    @BeforeEach
    void arrangeCatalog() {
        arrange = new Arrange(this).tenants(tenants()).services(services()).staffMembers(staffMembers())
                .slots(slots());
        tenant = arrange.tenant();
        haircut = arrange.service(tenant, "Haircut");
        colouring = arrange.service(tenant, "Colouring");
        lena = arrange.staff(tenant, "Lena Vogel", haircut, colouring);
        tom = arrange.staff(tenant, "Tom Baker", haircut);
    }

    @Test
    void anAddedSlotIsFoundOpenWithItsServiceStaffAndTime() {
        TimeRange time = new TimeRange(hoursFromNow(2), hoursFromNow(3));
        Slot slot = arrange.openSlot(haircut, lena, time);

        Slot found = find(slot.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(slot.id());
        assertThat(found.tenantId()).isEqualTo(tenant.id());
        assertThat(found.serviceId()).isEqualTo(haircut.id());
        assertThat(found.staffId()).isEqualTo(lena.id());
        assertThat(found.time()).isEqualTo(time);
        assertThat(found.status()).isEqualTo(SlotStatus.OPEN);
        assertThat(found.heldUntil()).isEmpty();
    }

    @Test
    void anotherTenantsSlotIsNotFound() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        Tenant other = arrange.tenant();

        assertThat(inTransaction(() -> slots().find(other.id(), slot.id()))).isEmpty();
    }

    @Test
    void tryBookBooksAnOpenFutureSlotAndReturnsItBookedWithAHigherVersion() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));

        Slot booked = inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), NOW));

        assertThat(booked.id()).isEqualTo(slot.id());
        assertThat(booked.status()).isEqualTo(SlotStatus.BOOKED);
        assertThat(booked.version()).isGreaterThan(slot.version());
        Slot stored = find(slot.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(SlotStatus.BOOKED);
        assertThat(stored.version()).isEqualTo(booked.version());
    }

    @Test
    void theSlotTryBookReturnsCanBeUpdatedAtOnce() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        Slot booked = inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), NOW));

        booked.release();
        inTransactionDo(() -> slots().update(booked));

        assertThat(find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void tryBookOfAnUnknownSlotIsNotFound() {
        SlotId unknown = new SlotId(UUID.randomUUID());

        assertThatThrownBy(() -> inTransaction(() -> slots().tryBook(tenant.id(), unknown, NOW)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_NOT_FOUND));
    }

    @Test
    void tryBookOfAnotherTenantsSlotIsNotFoundAndLeavesTheSlotOpen() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        Tenant other = arrange.tenant();

        assertThatThrownBy(() -> inTransaction(() -> slots().tryBook(other.id(), slot.id(), NOW)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_NOT_FOUND));
        assertThat(find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void tryBookOfASlotStartingNowIsRefusedAsInThePast() {
        Slot slot = arrange.openSlot(haircut, lena, NOW);

        assertThatThrownBy(() -> inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), NOW)))
                .isInstanceOf(SlotInThePastException.class);
        assertThat(find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void tryBookOfAStartedSlotIsRefusedAsInThePast() {
        Slot slot = arrange.openSlot(haircut, lena, NOW.minus(Duration.ofMinutes(10)));

        assertThatThrownBy(() -> inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), NOW)))
                .isInstanceOf(SlotInThePastException.class);
        assertThat(find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void tryBookJudgesThePastByTheNowItIsGiven() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));

        assertThatThrownBy(() -> inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), hoursFromNow(3))))
                .isInstanceOf(SlotInThePastException.class);
    }

    @Test
    void tryBookOfABookedSlotIsRefusedAsUnavailable() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        Slot booked = inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), NOW));

        assertThatThrownBy(() -> inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), NOW)))
                .isInstanceOf(SlotUnavailableException.class);
        assertThat(find(slot.id()).orElseThrow().version()).isEqualTo(booked.version());
    }

    @Test
    void tryBookOfAHeldSlotIsRefusedAsUnavailable() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        Slot held = find(slot.id()).orElseThrow();
        held.hold(hoursFromNow(1), NOW);
        inTransactionDo(() -> slots().update(held));

        assertThatThrownBy(() -> inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), NOW)))
                .isInstanceOf(SlotUnavailableException.class);
        assertThat(find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.HELD);
    }

    @Test
    void ofManyConcurrentTryBooksOfOneSlotExactlyOneSucceeds() throws Exception {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        long deadline = System.nanoTime() + RACE_DEADLINE.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch ready = new CountDownLatch(RACERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < RACERS; i++) {
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), NOW));
                        return "booked";
                    } catch (SlotUnavailableException e) {
                        return "unavailable";
                    } catch (RuntimeException e) {
                        return e.toString();
                    }
                }));
            }
            assertThat(ready.await(remaining(deadline), TimeUnit.MILLISECONDS)).as("all racers started").isTrue();
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(remaining(deadline), TimeUnit.MILLISECONDS));
            }

            assertThat(results).filteredOn("booked"::equals).hasSize(1);
            assertThat(results).filteredOn("unavailable"::equals).hasSize(RACERS - 1);
            assertThat(find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.BOOKED);
        } catch (TimeoutException e) {
            throw new AssertionError("the racers did not finish within " + RACE_DEADLINE, e);
        } finally {
            go.countDown();
            pool.shutdownNow();
            assertThat(pool.awaitTermination(remaining(deadline), TimeUnit.MILLISECONDS)).isTrue();
        }
    }

    @Test
    void aSlotOverlappingAnotherOfTheSameStaffMemberIsRefusedOnItsStartTime() {
        arrange.openSlot(haircut, lena, new TimeRange(at(10, 0), at(11, 0)));

        for (TimeRange overlapping : List.of(new TimeRange(at(9, 30), at(10, 30)),
                new TimeRange(at(10, 30), at(11, 30)), new TimeRange(at(10, 15), at(10, 45)),
                new TimeRange(at(9, 0), at(12, 0)), new TimeRange(at(10, 0), at(11, 0)))) {
            assertThatThrownBy(() -> arrange.openSlot(colouring, lena, overlapping))
                    .as("%s", overlapping)
                    .isInstanceOfSatisfying(DomainValidationException.class,
                            e -> assertThat(e.first().field()).isEqualTo("start_time"));
        }
        assertThat(search(Optional.empty(), Optional.of(lena), Optional.empty(), at(0, 0), at(23, 0))).hasSize(1);
    }

    @Test
    void backToBackSlotsOfTheSameStaffMemberAreAllowed() {
        Slot nine = arrange.openSlot(haircut, lena, new TimeRange(at(9, 0), at(10, 0)));
        Slot ten = arrange.openSlot(haircut, lena, new TimeRange(at(10, 0), at(11, 0)));
        Slot eight = arrange.openSlot(haircut, lena, new TimeRange(at(8, 0), at(9, 0)));

        assertThat(search(Optional.empty(), Optional.of(lena), Optional.empty(), at(0, 0), at(23, 0)))
                .extracting(Slot::id).containsExactly(eight.id(), nine.id(), ten.id());
    }

    @Test
    void overlappingSlotsOfDifferentStaffMembersAreAllowed() {
        Slot lenas = arrange.openSlot(haircut, lena, new TimeRange(at(10, 0), at(11, 0)));
        Slot toms = arrange.openSlot(haircut, tom, new TimeRange(at(10, 30), at(11, 30)));

        assertThat(find(lenas.id())).isPresent();
        assertThat(find(toms.id())).isPresent();
    }

    @Test
    void aSlotMayOverlapASlotOfAnotherTenant() {
        Tenant other = arrange.tenant();
        Service othersService = arrange.service(other, "Haircut");
        Staff othersStaff = arrange.staff(other, "Lena Vogel", othersService);
        arrange.openSlot(haircut, lena, new TimeRange(at(10, 0), at(11, 0)));

        Slot others = arrange.openSlot(othersService, othersStaff, new TimeRange(at(10, 0), at(11, 0)));

        assertThat(inTransaction(() -> slots().find(other.id(), others.id()))).isPresent();
    }

    @Test
    void anUpdateStoresTheChangeAndRaisesTheVersion() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        Slot loaded = find(slot.id()).orElseThrow();
        Instant until = hoursFromNow(1);
        loaded.hold(until, NOW);

        inTransactionDo(() -> slots().update(loaded));

        Slot stored = find(slot.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(SlotStatus.HELD);
        assertThat(stored.heldUntil()).contains(until);
        assertThat(stored.version()).isGreaterThan(loaded.version());
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        Slot first = find(slot.id()).orElseThrow();
        Slot second = find(slot.id()).orElseThrow();
        first.hold(hoursFromNow(1), NOW);
        inTransactionDo(() -> slots().update(first));
        second.book(NOW);

        assertThatThrownBy(() -> inTransactionDo(() -> slots().update(second)))
                .isInstanceOf(SlotUnavailableException.class);
        assertThat(find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.HELD);
    }

    @Test
    void anUpdateOfASlotBookedMeanwhileIsRefused() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        Slot loaded = find(slot.id()).orElseThrow();
        inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), NOW));
        loaded.hold(hoursFromNow(1), NOW);

        assertThatThrownBy(() -> inTransactionDo(() -> slots().update(loaded)))
                .isInstanceOf(SlotUnavailableException.class);
        assertThat(find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.BOOKED);
    }

    @Test
    void deleteRemovesTheSlotAndFreesItsTime() {
        TimeRange time = new TimeRange(at(10, 0), at(11, 0));
        Slot slot = arrange.openSlot(haircut, lena, time);

        inTransactionDo(() -> slots().delete(find(slot.id()).orElseThrow()));

        assertThat(find(slot.id())).isEmpty();
        assertThat(search(Optional.empty(), Optional.empty(), Optional.empty(), at(0, 0), at(23, 0))).isEmpty();
        Slot again = arrange.openSlot(colouring, lena, time);
        assertThat(find(again.id())).isPresent();
    }

    @Test
    void deleteWithAStaleVersionIsRefusedAndKeepsTheSlot() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        Slot loaded = find(slot.id()).orElseThrow();
        inTransaction(() -> slots().tryBook(tenant.id(), slot.id(), NOW));

        assertThatThrownBy(() -> inTransactionDo(() -> slots().delete(loaded)))
                .isInstanceOf(SlotUnavailableException.class);
        assertThat(find(slot.id()).orElseThrow().status()).isEqualTo(SlotStatus.BOOKED);
    }

    @Test
    void deleteInTheNameOfAnotherTenantIsRefusedAndKeepsTheSlot() {
        Slot slot = arrange.openSlot(haircut, lena, hoursFromNow(2));
        Slot loaded = find(slot.id()).orElseThrow();
        Tenant other = arrange.tenant();
        Slot foreign = Slot.reconstitute(loaded.id(), other.id(), loaded.serviceId(), loaded.staffId(),
                loaded.time(), loaded.status(), null, loaded.version());

        assertThatThrownBy(() -> inTransactionDo(() -> slots().delete(foreign)))
                .isInstanceOf(SlotUnavailableException.class);
        assertThat(find(slot.id())).isPresent();
    }

    @Test
    void searchFindsSlotsStartingInTheHalfOpenRange() {
        Slot before = arrange.openSlot(haircut, lena, at(8, 30));
        Slot atFrom = arrange.openSlot(haircut, lena, at(9, 0));
        Slot inside = arrange.openSlot(haircut, lena, at(10, 0));
        Slot atTo = arrange.openSlot(haircut, lena, at(11, 0));

        assertThat(search(Optional.empty(), Optional.empty(), Optional.empty(), at(9, 0), at(11, 0)))
                .extracting(Slot::id).containsExactly(atFrom.id(), inside.id())
                .doesNotContain(before.id(), atTo.id());
    }

    @Test
    void searchFiltersByServiceStaffAndStatus() {
        Slot lenaHaircut = arrange.openSlot(haircut, lena, at(9, 0));
        Slot lenaColouring = arrange.openSlot(colouring, lena, at(10, 0));
        Slot tomHaircut = arrange.openSlot(haircut, tom, at(9, 0));
        Slot tomBooked = arrange.openSlot(haircut, tom, at(10, 0));
        inTransaction(() -> slots().tryBook(tenant.id(), tomBooked.id(), NOW));

        assertThat(search(Optional.of(colouring), Optional.empty(), Optional.empty(), at(0, 0), at(23, 0)))
                .extracting(Slot::id).containsExactly(lenaColouring.id());
        assertThat(search(Optional.empty(), Optional.of(tom), Optional.empty(), at(0, 0), at(23, 0)))
                .extracting(Slot::id).containsExactly(tomHaircut.id(), tomBooked.id());
        assertThat(search(Optional.of(haircut), Optional.empty(), Optional.of(SlotStatus.OPEN), at(0, 0),
                at(23, 0)))
                .extracting(Slot::id).containsExactlyInAnyOrder(lenaHaircut.id(), tomHaircut.id());
        assertThat(search(Optional.empty(), Optional.empty(), Optional.of(SlotStatus.BOOKED), at(0, 0), at(23, 0)))
                .extracting(Slot::id).containsExactly(tomBooked.id());
        assertThat(search(Optional.of(colouring), Optional.of(tom), Optional.empty(), at(0, 0), at(23, 0)))
                .isEmpty();
    }

    @Test
    void searchForSeveralStaffMembersFindsTheSlotsOfExactlyThose() {
        Staff mia = arrange.staff(tenant, "Mia Klein", haircut);
        Slot lenaNine = arrange.openSlot(haircut, lena, at(9, 0));
        Slot tomNine = arrange.openSlot(haircut, tom, at(9, 0));
        Slot miaTen = arrange.openSlot(haircut, mia, at(10, 0));
        Slot lenaEleven = arrange.openSlot(haircut, lena, at(11, 0));

        assertThat(searchStaff(Set.of(lena, tom))).extracting(Slot::id)
                .containsExactlyInAnyOrder(lenaNine.id(), tomNine.id(), lenaEleven.id());
        assertThat(searchStaff(Set.of(tom, mia))).extracting(Slot::id)
                .containsExactly(tomNine.id(), miaTen.id());
    }

    @Test
    void searchOrdersByStartTimeThenById() {
        Slot late = arrange.openSlot(new SlotId(lowUuid()), haircut, lena, new TimeRange(at(11, 0), at(12, 0)));
        Slot lenaEarly = arrange.openSlot(new SlotId(highUuid()), haircut, lena, new TimeRange(at(9, 0), at(10, 0)));
        Slot tomEarly = arrange.openSlot(new SlotId(lowUuid()), haircut, tom, new TimeRange(at(9, 0), at(10, 0)));

        assertThat(search(Optional.empty(), Optional.empty(), Optional.empty(), at(0, 0), at(23, 0)))
                .extracting(Slot::id).containsExactly(tomEarly.id(), lenaEarly.id(), late.id());
    }

    @Test
    void searchReturnsAtMostTheLimitEarliestFirst() {
        Slot nine = arrange.openSlot(haircut, lena, at(9, 0));
        Slot ten = arrange.openSlot(haircut, lena, at(10, 0));
        arrange.openSlot(haircut, lena, at(11, 0));
        arrange.openSlot(haircut, lena, at(12, 0));

        SlotSearch all = new SlotSearch(tenant.id(), Optional.empty(), Set.of(), Optional.empty(),
                at(0, 0), at(23, 0));
        assertThat(inTransaction(() -> slots().search(all, 2))).extracting(Slot::id)
                .containsExactly(nine.id(), ten.id());
    }

    @Test
    void searchNeverCrossesTenants() {
        Tenant other = arrange.tenant();
        Service othersService = arrange.service(other, "Haircut");
        arrange.openSlot(othersService, arrange.staff(other, "Olga Other", othersService), at(9, 0));
        Slot mine = arrange.openSlot(haircut, lena, at(10, 0));

        assertThat(search(Optional.empty(), Optional.empty(), Optional.empty(), at(0, 0), at(23, 0)))
                .extracting(Slot::id).containsExactly(mine.id());
    }

    private Optional<Slot> find(SlotId id) {
        return inTransaction(() -> slots().find(tenant.id(), id));
    }

    private List<Slot> search(Optional<Service> service, Optional<Staff> staff, Optional<SlotStatus> status,
            Instant from, Instant to) {
        SlotSearch search = new SlotSearch(tenant.id(), service.map(Service::id),
                staff.map(s -> Set.of(s.id())).orElse(Set.of()), status,
                from, to);
        return inTransaction(() -> slots().search(search, 100));
    }

    private List<Slot> searchStaff(Set<Staff> staff) {
        SlotSearch search = new SlotSearch(tenant.id(), Optional.empty(),
                staff.stream().map(Staff::id).collect(Collectors.toSet()), Optional.empty(), at(0, 0), at(23, 0));
        return inTransaction(() -> slots().search(search, 100));
    }

    /** A time (UTC) on the day after {@link ContractData#NOW}. */
    private static Instant at(int hour, int minute) {
        return TOMORROW.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
    }

    /** Milliseconds left until {@code deadline}, a {@link System#nanoTime()} value. */
    private static long remaining(long deadline) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }
}
