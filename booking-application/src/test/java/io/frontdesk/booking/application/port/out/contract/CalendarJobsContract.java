package io.frontdesk.booking.application.port.out.contract;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static io.frontdesk.booking.application.port.out.contract.ContractData.aCustomer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.port.out.CalendarJobs;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CalendarJobs} implementation must do: keep an enqueued job whole, list a booking's jobs
 * oldest first, never show one tenant's jobs to another, and hand each due job to one claimer at a time — also
 * when claimers race — in due order, one job per booking at a time.
 */
public abstract class CalendarJobsContract extends PortContract {

    /** The implementation under test; the same instance throughout one test. */
    protected abstract CalendarJobs calendarJobs();

    /** Where the jobs' tenants are stored. */
    protected abstract Tenants tenants();

    /** Where the booked services are stored. */
    protected abstract Services services();

    /** Where the booked staff members are stored. */
    protected abstract StaffMembers staffMembers();

    /** Where the booked slots are stored. */
    protected abstract Slots slots();

    /** Where the bookings the jobs are for are stored. */
    protected abstract Bookings bookings();

    private Arrange arrange;
    private Tenant tenant;
    private Service haircut;
    private Staff lena;
    private Booking booking;

    @BeforeEach
    void arrangeBooking() {
        arrange = new Arrange(this).tenants(tenants()).services(services()).staffMembers(staffMembers())
                .slots(slots()).bookings(bookings());
        tenant = arrange.tenant();
        haircut = arrange.service(tenant, "Haircut");
        lena = arrange.staff(tenant, "Lena Vogel", haircut);
        booking = arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);
    }

    @Test
    void anEnqueuedJobIsListedForItsBookingPendingAndDueAtOnce() {
        CalendarJob job = CalendarJob.pending(UUID.randomUUID(), tenant.id(), booking.id(),
                CalendarJob.Action.CREATE_EVENT, NOW);

        inTransactionDo(() -> calendarJobs().enqueue(job));

        assertThat(jobs(tenant.id(), booking.id())).containsExactly(job);
    }

    @Test
    void aJobKeepsItsAttemptsNextAttemptAndLastError() {
        CalendarJob failed = new CalendarJob(UUID.randomUUID(), tenant.id(), booking.id(),
                CalendarJob.Action.DELETE_EVENT, CalendarJob.State.FAILED, 3, hoursFromNow(1),
                Optional.of("503 Service Unavailable from caldav.example"), NOW);

        inTransactionDo(() -> calendarJobs().enqueue(failed));

        assertThat(jobs(tenant.id(), booking.id())).containsExactly(failed);
    }

    @Test
    void aBookingsJobsAreListedOldestFirst() {
        CalendarJob delete = pending(CalendarJob.Action.DELETE_EVENT, hoursFromNow(2));
        CalendarJob create = pending(CalendarJob.Action.CREATE_EVENT, NOW);
        CalendarJob recreate = pending(CalendarJob.Action.CREATE_EVENT, hoursFromNow(1));

        for (CalendarJob job : List.of(delete, create, recreate)) {
            inTransactionDo(() -> calendarJobs().enqueue(job));
        }

        assertThat(jobs(tenant.id(), booking.id())).containsExactly(create, recreate, delete);
    }

    @Test
    void anotherBookingsJobsAreNotListed() {
        Booking other = arrange.booking(haircut, lena, hoursFromNow(6), aCustomer(), BookingSource.WALK_IN, NOW);
        CalendarJob mine = pending(CalendarJob.Action.CREATE_EVENT, NOW);
        CalendarJob theirs = CalendarJob.pending(UUID.randomUUID(), tenant.id(), other.id(),
                CalendarJob.Action.CREATE_EVENT, NOW);

        inTransactionDo(() -> List.of(mine, theirs).forEach(calendarJobs()::enqueue));

        assertThat(jobs(tenant.id(), booking.id())).containsExactly(mine);
        assertThat(jobs(tenant.id(), other.id())).containsExactly(theirs);
    }

    @Test
    void aBookingsJobsAreNeverListedForAnotherTenant() {
        Tenant other = arrange.tenant();
        inTransactionDo(() -> calendarJobs().enqueue(pending(CalendarJob.Action.CREATE_EVENT, NOW)));

        assertThat(jobs(other.id(), booking.id())).isEmpty();
    }

    @Test
    void aBookingWithoutJobsHasNone() {
        assertThat(jobs(tenant.id(), booking.id())).isEmpty();
    }

    @Test
    void aDueJobIsClaimedAndHeldUntilItsLeaseEnds() {
        CalendarJob job = pending(CalendarJob.Action.CREATE_EVENT, NOW);
        inTransactionDo(() -> calendarJobs().enqueue(job));

        List<CalendarJob> claimed = claimMine(NOW, hoursFromNow(1));

        assertThat(claimed).extracting(CalendarJob::id).containsExactly(job.id());
        assertThat(claimed.get(0).nextAttemptAt()).isEqualTo(hoursFromNow(1));
        assertThat(claimed.get(0).state()).isEqualTo(CalendarJob.State.PENDING);
        assertThat(claimMine(NOW.plusSeconds(1), hoursFromNow(2))).isEmpty();
        assertThat(claimMine(hoursFromNow(1), hoursFromNow(3))).extracting(CalendarJob::id)
                .containsExactly(job.id());
    }

    @Test
    void jobsNotYetDueOrNoLongerPendingAreNotClaimed() {
        Booking second = arrange.booking(haircut, lena, hoursFromNow(6), aCustomer(), BookingSource.WALK_IN, NOW);
        Booking third = arrange.booking(haircut, lena, hoursFromNow(8), aCustomer(), BookingSource.WALK_IN, NOW);
        CalendarJob later = pending(CalendarJob.Action.CREATE_EVENT, hoursFromNow(1));
        CalendarJob done = CalendarJob.pending(UUID.randomUUID(), tenant.id(), second.id(),
                CalendarJob.Action.CREATE_EVENT, NOW).delivered();
        CalendarJob failed = CalendarJob.pending(UUID.randomUUID(), tenant.id(), third.id(),
                CalendarJob.Action.CREATE_EVENT, NOW).gaveUp("401 Unauthorized");
        inTransactionDo(() -> List.of(later, done, failed).forEach(calendarJobs()::enqueue));

        assertThat(claimMine(NOW, hoursFromNow(2))).isEmpty();
    }

    @Test
    void theMostOverdueJobsAreClaimedFirstUpToTheLimit() {
        // Due long before any other test's jobs, so that no other job is more overdue than these.
        Instant past = Instant.parse("2001-01-01T00:00:00Z");
        List<CalendarJob> jobs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Booking b = arrange.booking(haircut, lena, hoursFromNow(10 + 2L * i), aCustomer(), BookingSource.DIRECT,
                    NOW);
            jobs.add(CalendarJob.pending(UUID.randomUUID(), tenant.id(), b.id(), CalendarJob.Action.CREATE_EVENT,
                    past.plusSeconds(60L * (3 - i))));
        }
        inTransactionDo(() -> jobs.forEach(calendarJobs()::enqueue));

        List<CalendarJob> firstTwo = inTransaction(() -> calendarJobs().claimDue(past.plusSeconds(600),
                hoursFromNow(1), 2));

        assertThat(firstTwo).extracting(CalendarJob::id).containsExactly(jobs.get(2).id(), jobs.get(1).id());
        assertThat(claimMine(NOW, hoursFromNow(1))).extracting(CalendarJob::id).containsExactly(jobs.get(0).id());
    }

    @Test
    void aBookingsLaterJobWaitsWhileAnOlderOneIsPending() {
        CalendarJob create = pending(CalendarJob.Action.CREATE_EVENT, NOW);
        CalendarJob delete = pending(CalendarJob.Action.DELETE_EVENT, NOW.plusSeconds(1));
        inTransactionDo(() -> List.of(create, delete).forEach(calendarJobs()::enqueue));

        List<CalendarJob> firstClaim = claimMine(hoursFromNow(1), hoursFromNow(2));
        assertThat(firstClaim).extracting(CalendarJob::id).containsExactly(create.id());
        assertThat(claimMine(hoursFromNow(1), hoursFromNow(2))).isEmpty();

        inTransactionDo(() -> calendarJobs().update(firstClaim.get(0).delivered()));

        assertThat(claimMine(hoursFromNow(1), hoursFromNow(2))).extracting(CalendarJob::id)
                .containsExactly(delete.id());
    }

    @Test
    void anUpdateKeepsStateAttemptsNextAttemptAndError() {
        CalendarJob job = pending(CalendarJob.Action.CREATE_EVENT, NOW);
        inTransactionDo(() -> calendarJobs().enqueue(job));
        CalendarJob retried = job.retryAt(hoursFromNow(1), "503 Service Unavailable");

        inTransactionDo(() -> calendarJobs().update(retried));
        assertThat(jobs(tenant.id(), booking.id())).containsExactly(retried);

        CalendarJob gaveUp = retried.gaveUp("connection refused");
        inTransactionDo(() -> calendarJobs().update(gaveUp));
        assertThat(jobs(tenant.id(), booking.id())).containsExactly(gaveUp);
        assertThat(gaveUp.attempts()).isEqualTo(2);
        assertThat(gaveUp.state()).isEqualTo(CalendarJob.State.FAILED);
    }

    @Test
    void racingClaimersNeverGetTheSameJob() throws Exception {
        List<CalendarJob> jobs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Booking b = arrange.booking(haircut, lena, hoursFromNow(20 + i), aCustomer(), BookingSource.DIRECT, NOW);
            jobs.add(CalendarJob.pending(UUID.randomUUID(), tenant.id(), b.id(), CalendarJob.Action.CREATE_EVENT,
                    NOW));
        }
        inTransactionDo(() -> jobs.forEach(calendarJobs()::enqueue));
        Collection<UUID> claimed = new ConcurrentLinkedQueue<>();
        int claimers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < claimers; c++) {
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    List<CalendarJob> batch;
                    do {
                        batch = inTransaction(() -> calendarJobs().claimDue(NOW, hoursFromNow(1), 2));
                        batch.stream().filter(j -> j.tenantId().equals(tenant.id()))
                                .forEach(j -> claimed.add(j.id()));
                    } while (!batch.isEmpty());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claimed).doesNotHaveDuplicates();
        Set<UUID> expected = jobs.stream().map(CalendarJob::id).collect(Collectors.toSet());
        assertThat(Set.copyOf(claimed)).isEqualTo(expected);
    }

    /** Claims everything due (any tenant's, as a worker would) and keeps this test's tenant's jobs. */
    private List<CalendarJob> claimMine(Instant now, Instant leaseUntil) {
        return inTransaction(() -> calendarJobs().claimDue(now, leaseUntil, 1000)).stream()
                .filter(j -> j.tenantId().equals(tenant.id())).toList();
    }

    private CalendarJob pending(CalendarJob.Action action, Instant at) {
        return CalendarJob.pending(UUID.randomUUID(), tenant.id(), booking.id(), action, at);
    }

    private List<CalendarJob> jobs(TenantId tenantId, BookingId bookingId) {
        return inTransaction(() -> calendarJobs().forBooking(tenantId, bookingId));
    }
}
