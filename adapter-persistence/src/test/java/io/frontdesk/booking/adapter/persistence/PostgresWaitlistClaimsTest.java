package io.frontdesk.booking.adapter.persistence;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static io.frontdesk.booking.application.port.out.contract.ContractData.aCustomer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.application.port.out.contract.Arrange;
import io.frontdesk.booking.application.port.out.contract.PortContract;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferId;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only a database with concurrent transactions can show: the next in line and due offers are claimed, so a
 * second transaction asking at the same moment gets the next one at once instead of waiting for (or colliding with)
 * the first. Each claim is held open on purpose while the second transaction asks.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class PostgresWaitlistClaimsTest extends PortContract {

    private static final TimeRange WANTED = new TimeRange(hoursFromNow(1), hoursFromNow(24 * 30));

    @Inject
    WaitlistEntries entries;

    @Inject
    WaitlistOffers offers;

    @Inject
    Tenants tenants;

    @Inject
    Services services;

    @Inject
    StaffMembers staffMembers;

    @Inject
    Slots slots;

    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private Arrange arrange;
    private Service haircut;
    private Staff lena;

    @BeforeEach
    void arrangeCatalog() {
        arrange = new Arrange(this).tenants(tenants).services(services).staffMembers(staffMembers).slots(slots);
        Tenant tenant = arrange.tenant();
        haircut = arrange.service(tenant, "Haircut");
        lena = arrange.staff(tenant, "Lena Vogel", haircut);
    }

    @AfterEach
    void stopTheOtherTransaction() {
        other.shutdownNow();
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    @Test
    void twoSlotsFreedAtOnceGoToTwoEntriesWithoutWaiting() throws Exception {
        Slot one = arrange.openSlot(haircut, lena, hoursFromNow(48));
        Slot two = arrange.openSlot(haircut, lena, hoursFromNow(50));
        WaitlistEntry oldest = waitingSince(NOW.minusSeconds(120));
        WaitlistEntry next = waitingSince(NOW.minusSeconds(60));

        List<WaitlistEntryId> claimed = whileTheOtherHolds(
                () -> entries.nextInLine(one, Set.of()).map(WaitlistEntry::id).orElseThrow(),
                () -> entries.nextInLine(two, Set.of()).map(WaitlistEntry::id).orElseThrow());

        assertThat(claimed).containsExactly(oldest.id(), next.id());
    }

    @Test
    void twoExpiryRunsAtOnceClaimDifferentOffers() throws Exception {
        // Made long before any other test's offers, so these two are the earliest due in the shared database.
        Instant longAgo = NOW.minus(Duration.ofDays(3650));
        Offer first = openOffer(arrange.openSlot(haircut, lena, hoursFromNow(48)), longAgo);
        Offer second = openOffer(arrange.openSlot(haircut, lena, hoursFromNow(50)), longAgo.plusSeconds(1));
        Instant later = NOW.plus(Duration.ofHours(1));

        List<List<OfferId>> claimed = whileTheOtherHolds(
                () -> mine(offers.due(later, 1), first, second),
                () -> mine(offers.due(later, 1), first, second));

        assertThat(claimed.get(0)).containsExactly(first.id());
        assertThat(claimed.get(1)).containsExactly(second.id());
    }

    /**
     * Runs {@code first} in a transaction on another thread and keeps that transaction open while {@code second}
     * runs in one of its own here; answers both results. A second transaction that waited for the first would
     * only finish after the first gave up holding (5 s), and the test would report the wait.
     */
    private <T> List<T> whileTheOtherHolds(Supplier<T> first, Supplier<T> second) throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Future<T> firstResult = other.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            T result = first.get();
            claimed.countDown();
            done.await(5, TimeUnit.SECONDS);
            return result;
        }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        T secondResult = QuarkusTransaction.requiringNew().call(second::get);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        done.countDown();
        assertThat(took).as("the second claim did not wait for the first").isLessThan(Duration.ofSeconds(3));
        return List.of(firstResult.get(10, TimeUnit.SECONDS), secondResult);
    }

    private WaitlistEntry waitingSince(Instant joined) {
        WaitlistEntry entry = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), haircut.tenantId(),
                aCustomer(), haircut.id(), Optional.empty(), WANTED, joined);
        inTransactionDo(() -> entries.add(entry));
        return entry;
    }

    private Offer openOffer(Slot slot, Instant at) {
        WaitlistEntry entry = waitingSince(NOW.minusSeconds(600));
        entry.offer(slot, at.plus(Duration.ofMinutes(15)), at);
        String random = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        Offer offer = Offer.sent(new OfferId(UUID.randomUUID()), entry, slot, new OfferToken(random.substring(0, 43))
                .hash());
        inTransactionDo(() -> offers.add(offer));
        return offer;
    }

    /** The ids of {@code due} that are one of this test's offers. */
    private static List<OfferId> mine(List<Offer> due, Offer... ours) {
        Set<OfferId> ids = Set.of(ours[0].id(), ours[1].id());
        return due.stream().map(Offer::id).filter(ids::contains).toList();
    }
}
