package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.BookingSort;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.ListBookingsQuery;
import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The booking list: dates are whole days in the tenant's time zone, also on the days clocks change; the other
 * filters, the search, the order and the page reach storage as asked; another tenant's bookings never show.
 */
class ListingBookingsTest {

    /** New York springs forward on 8 March 2026 (a 23-hour day) and falls back on 1 November (25 hours). */
    private final Scenario shop = Scenario.aBusinessIn("America/New_York", "US");

    /** 23:30 EST on Saturday 7 March. */
    private final BookingView saturdayLate = shop.bookedAt(Instant.parse("2026-03-08T04:30:00Z"));
    /** 00:30 EST on Sunday 8 March, before the clocks go forward at 02:00. */
    private final BookingView sundayEarly = shop.bookedAt(Instant.parse("2026-03-08T05:30:00Z"));
    /** 03:30 EDT on Sunday 8 March, after the change. */
    private final BookingView sundayAfterChange = shop.bookedAt(Instant.parse("2026-03-08T07:30:00Z"));
    /** 23:30 EDT on Sunday 8 March. */
    private final BookingView sundayLate = shop.bookedAt(Instant.parse("2026-03-09T03:30:00Z"));
    /** 00:30 EDT on Monday 9 March. */
    private final BookingView mondayEarly = shop.bookedAt(Instant.parse("2026-03-09T04:30:00Z"));

    @Test
    void aBookingLateInTheEveningBelongsToTheTenantsDayNotTheUtcDay() {
        assertThat(ids(between("2026-03-07", "2026-03-07"))).containsExactly(saturdayLate.id());
    }

    @Test
    void theShortDayOfTheSpringChangeHoldsExactlyItsBookings() {
        assertThat(ids(between("2026-03-08", "2026-03-08")))
                .containsExactly(sundayEarly.id(), sundayAfterChange.id(), sundayLate.id());
    }

    @Test
    void theLongDayOfTheAutumnChangeHoldsItsLastHour() {
        BookingView beforeChange = shop.bookedAt(Instant.parse("2026-11-01T04:30:00Z"));
        BookingView lastHour = shop.bookedAt(Instant.parse("2026-11-02T04:30:00Z"));
        BookingView nextDay = shop.bookedAt(Instant.parse("2026-11-02T05:30:00Z"));

        assertThat(ids(between("2026-11-01", "2026-11-01"))).containsExactly(beforeChange.id(), lastHour.id())
                .doesNotContain(nextDay.id());
    }

    @Test
    void aRangeOfDaysIncludesItsLastDayWhole() {
        assertThat(ids(between("2026-03-07", "2026-03-08"))).containsExactly(saturdayLate.id(), sundayEarly.id(),
                sundayAfterChange.id(), sundayLate.id());
    }

    @Test
    void eitherEndOfTheRangeMayBeOpen() {
        assertThat(ids(query(Optional.of(LocalDate.parse("2026-03-09")), Optional.empty())))
                .containsExactly(mondayEarly.id());
        assertThat(ids(query(Optional.empty(), Optional.of(LocalDate.parse("2026-03-07")))))
                .containsExactly(saturdayLate.id());
        assertThat(ids(ListBookingsQuery.all(shop.tenant.id()))).hasSize(5);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> between("2026-03-09", "2026-03-08"))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("end_date"));
    }

    @Test
    void staffStatusSourceAndServiceFiltersApply() {
        Staff tom = shop.addStaff("Tom Baker", Optional.empty(), true, shop.service);
        BookingView toms = shop.aBookingOf(shop.openSlot(shop.service, tom, Instant.parse("2026-03-08T05:30:00Z")))
                .source(BookingSource.WALK_IN).create();
        shop.cancel(sundayLate);

        assertThat(ids(filtered(Optional.of(tom), Optional.empty(), Optional.empty())))
                .containsExactly(toms.id());
        assertThat(ids(filtered(Optional.empty(), Optional.of(BookingStatus.CANCELED), Optional.empty())))
                .containsExactly(sundayLate.id());
        assertThat(ids(filtered(Optional.empty(), Optional.empty(), Optional.of(BookingSource.WALK_IN))))
                .containsExactly(toms.id());
        assertThat(ids(new ListBookingsQuery(shop.tenant.id(), Optional.empty(), Optional.empty(),
                Optional.of(shop.service.id()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), BookingSort.START_TIME, new PageRequest(1, 20)))).hasSize(6);
    }

    @Test
    void theSearchFindsCustomersByNameEmailOrPhoneHoweverTyped() {
        BookingView joanna = shop.aBookingOf(shop.openSlotAt(Instant.parse("2026-03-10T15:00:00Z")))
                .name("Joanna Smith").phone("+1 201-555-0199").email("jo@smith.example").create();

        for (String typed : List.of("joanna", "SMITH.EX", "+1 (201) 555-0199", "2015550199", "555-0199")) {
            assertThat(ids(searching(typed))).as(typed).containsExactly(joanna.id());
        }
        assertThat(ids(searching("555-0123"))).hasSize(5).doesNotContain(joanna.id());
        assertThat(ids(searching("Jo0199"))).isEmpty();
    }

    @Test
    void theSearchReadsANumberTypedWithAPrefixAsTheBusinessesRegionWritesIt() {
        Scenario berlin = Scenario.aBusinessIn("Europe/Berlin", "DE");
        BookingView anna = berlin.aBookingOf(berlin.openSlotAt(Instant.parse("2026-03-10T15:00:00Z")))
                .name("Anna Berg").phone("030 901820").create();

        for (String typed : List.of("030 901820", "(030) 90-18", "0049 30 901820", "+49 30 9018", "901820")) {
            ListBookingsQuery query = new ListBookingsQuery(berlin.tenant.id(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(typed),
                    BookingSort.START_TIME, new PageRequest(1, 100));
            assertThat(berlin.app.reads.list(query).items()).as(typed).extracting(BookingView::id)
                    .containsExactly(anna.id());
        }
    }

    @Test
    void theOrderAndThePageAreTheOnesAskedFor() {
        Page<BookingView> page = shop.app.reads.list(new ListBookingsQuery(shop.tenant.id(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), BookingSort.START_TIME, new PageRequest(2, 2)));

        assertThat(page.items()).extracting(BookingView::id).containsExactly(sundayAfterChange.id(), sundayLate.id());
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @Test
    void newestFirstListsTheLatestBookingsMadeFirst() {
        shop.clock.advance(Duration.ofHours(1));
        BookingView madeLater = shop.bookedAt(Instant.parse("2026-03-07T12:00:00Z"));

        Page<BookingView> page = shop.app.reads.list(new ListBookingsQuery(shop.tenant.id(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), BookingSort.CREATED_AT, new PageRequest(1, 1)));

        assertThat(page.items()).extracting(BookingView::id).containsExactly(madeLater.id());
        assertThat(page.total()).isEqualTo(6);
    }

    @Test
    void anotherTenantsBookingsNeverShow() {
        Scenario neighbour = shop.anotherBusiness();
        BookingView theirs = neighbour.bookedAt(Instant.parse("2026-03-08T05:30:00Z"));

        assertThat(ids(ListBookingsQuery.all(shop.tenant.id()))).hasSize(5).doesNotContain(theirs.id());
        assertThat(ids(searching("Maria"))).hasSize(5).doesNotContain(theirs.id());
        assertThat(ids(ListBookingsQuery.all(neighbour.tenant.id()))).containsExactly(theirs.id());
    }

    @Test
    void anUnknownTenantIsNotFound() {
        assertThatThrownBy(() -> shop.app.reads.list(ListBookingsQuery.all(new TenantId(UUID.randomUUID()))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND));
    }

    private ListBookingsQuery between(String first, String last) {
        return query(Optional.of(LocalDate.parse(first)), Optional.of(LocalDate.parse(last)));
    }

    private ListBookingsQuery query(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new ListBookingsQuery(shop.tenant.id(), first, last, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), BookingSort.START_TIME, new PageRequest(1, 100));
    }

    private ListBookingsQuery filtered(Optional<Staff> staff, Optional<BookingStatus> status,
            Optional<BookingSource> source) {
        return new ListBookingsQuery(shop.tenant.id(), Optional.empty(), Optional.empty(), Optional.empty(),
                staff.map(Staff::id), status, source, Optional.empty(), BookingSort.START_TIME,
                new PageRequest(1, 100));
    }

    private ListBookingsQuery searching(String typed) {
        return new ListBookingsQuery(shop.tenant.id(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(typed), BookingSort.START_TIME,
                new PageRequest(1, 100));
    }

    private List<BookingId> ids(ListBookingsQuery query) {
        return shop.app.reads.list(query).items().stream().map(BookingView::id).toList();
    }
}
