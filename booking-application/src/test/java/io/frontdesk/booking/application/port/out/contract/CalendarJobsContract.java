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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CalendarJobs} implementation must do: keep an enqueued job whole, list a booking's jobs
 * oldest first, and never show one tenant's jobs to another.
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

    private CalendarJob pending(CalendarJob.Action action, Instant at) {
        return CalendarJob.pending(UUID.randomUUID(), tenant.id(), booking.id(), action, at);
    }

    private List<CalendarJob> jobs(TenantId tenantId, BookingId bookingId) {
        return inTransaction(() -> calendarJobs().forBooking(tenantId, bookingId));
    }
}
