package io.frontdesk.booking.application.port.out.contract;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static io.frontdesk.booking.application.port.out.contract.ContractData.aCustomer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.customer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarQueries;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.Tenant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CalendarQueries} implementation must do: read a booking as an event with its names, times and
 * the business's zone; list a staff member's bookings that still occupy time, and only theirs.
 */
public abstract class CalendarQueriesContract extends PortContract {

    protected abstract CalendarQueries calendarQueries();

    protected abstract Tenants tenants();

    protected abstract Services services();

    protected abstract StaffMembers staffMembers();

    protected abstract Slots slots();

    protected abstract Bookings bookings();

    private Arrange arrange;
    private Tenant tenant;
    private Service haircut;
    private Staff lena;
    private Staff omar;

    @BeforeEach
    void arrangeBusiness() {
        arrange = new Arrange(this).tenants(tenants()).services(services()).staffMembers(staffMembers())
                .slots(slots()).bookings(bookings());
        tenant = arrange.tenant(ZoneId.of("Europe/Berlin"), ContractData.US);
        haircut = arrange.service(tenant, "Haircut");
        lena = arrange.staff(tenant, "Lena Vogel", haircut);
        omar = arrange.staff(tenant, "Omar Haddad", haircut);
    }

    @Test
    void aBookingReadsAsAnEventWithNamesTimesAndZone() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(3), customer("Dana Whitfield",
                "+1 201-555-0199", null), BookingSource.WALK_IN, NOW);

        CalendarEvent event = inTransaction(() -> calendarQueries().event(tenant.id(), booking.id())).orElseThrow();

        assertThat(event.bookingId()).isEqualTo(booking.id());
        assertThat(event.tenantId()).isEqualTo(tenant.id());
        assertThat(event.staffId()).isEqualTo(lena.id());
        assertThat(event.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(event.businessName()).isEqualTo("Studio Lumen");
        assertThat(event.serviceName()).isEqualTo("Haircut");
        assertThat(event.staffName()).isEqualTo("Lena Vogel");
        assertThat(event.customerName()).isEqualTo("Dana Whitfield");
        assertThat(event.time()).isEqualTo(booking.time());
        assertThat(event.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void anotherTenantsOrAnUnknownBookingIsNoEvent() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(3), aCustomer(), BookingSource.DIRECT, NOW);
        Tenant other = arrange.tenant();

        assertThat(inTransaction(() -> calendarQueries().event(other.id(), booking.id()))).isEmpty();
        assertThat(inTransaction(() -> calendarQueries().event(tenant.id(), new BookingId(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void upcomingListsTheStaffMembersBookingsThatStillOccupyTimeEarliestFirst() {
        Booking later = arrange.booking(haircut, lena, hoursFromNow(5), aCustomer(), BookingSource.DIRECT, NOW);
        Booking sooner = arrange.booking(haircut, lena, hoursFromNow(2), aCustomer(), BookingSource.DIRECT, NOW);
        Booking completed = arrange.change(
                arrange.booking(haircut, lena, hoursFromNow(7), aCustomer(), BookingSource.DIRECT, NOW),
                b -> b.complete(NOW));
        arrange.change(arrange.booking(haircut, lena, hoursFromNow(9), aCustomer(), BookingSource.DIRECT, NOW),
                b -> b.cancel(null, NOW));
        arrange.change(arrange.booking(haircut, lena, hoursFromNow(11), aCustomer(), BookingSource.DIRECT, NOW),
                b -> b.markNoShow(NOW));
        arrange.booking(haircut, omar, hoursFromNow(2), aCustomer(), BookingSource.DIRECT, NOW);

        assertThat(inTransaction(() -> calendarQueries().upcoming(tenant.id(), lena.id(), NOW, 100)))
                .extracting(CalendarEvent::bookingId)
                .containsExactly(sooner.id(), later.id(), completed.id());
        assertThat(inTransaction(() -> calendarQueries().upcoming(tenant.id(), lena.id(), NOW, 2)))
                .extracting(CalendarEvent::bookingId)
                .containsExactly(sooner.id(), later.id());
    }

    @Test
    void upcomingLeavesOutBookingsThatHaveEnded() {
        Booking early = arrange.booking(haircut, lena, hoursFromNow(1), aCustomer(), BookingSource.DIRECT, NOW);
        Booking late = arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);

        assertThat(inTransaction(() -> calendarQueries().upcoming(tenant.id(), lena.id(), early.time().end(), 100)))
                .extracting(CalendarEvent::bookingId).containsExactly(late.id());
    }

    @Test
    void upcomingNeverListsAnotherTenantsBookings() {
        arrange.booking(haircut, lena, hoursFromNow(2), aCustomer(), BookingSource.DIRECT, NOW);
        Tenant other = arrange.tenant();

        assertThat(inTransaction(() -> calendarQueries().upcoming(other.id(), lena.id(), NOW, 100))).isEmpty();
    }
}
