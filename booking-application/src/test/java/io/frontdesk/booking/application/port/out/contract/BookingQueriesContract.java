package io.frontdesk.booking.application.port.out.contract;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static io.frontdesk.booking.application.port.out.contract.ContractData.aCustomer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.customer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.highUuid;
import static io.frontdesk.booking.application.port.out.contract.ContractData.lowUuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.frontdesk.booking.application.port.in.BookingDetails;
import io.frontdesk.booking.application.port.in.BookingSort;
import io.frontdesk.booking.application.port.in.BookingStats;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.application.port.out.BookingFilter;
import io.frontdesk.booking.application.port.out.BookingQueries;
import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.SearchTerm;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.StatsQuery;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BookingQueries} implementation must do: filter on half-open start-time ranges and on service,
 * staff, status and source; search names and emails by case-insensitive substring and phone numbers by digits;
 * order with a stable tie-break by id; paginate with an exact total; join slot, service and staff details; count
 * statistics per status and source, for today and upcoming; and never show one tenant another tenant's bookings.
 */
public abstract class BookingQueriesContract extends PortContract {

    /** The implementation under test; the same instance throughout one test. */
    protected abstract BookingQueries bookingQueries();

    /** Where the bookings' tenants are stored. */
    protected abstract Tenants tenants();

    /** Where the booked services are stored. */
    protected abstract Services services();

    /** Where the booked staff members are stored. */
    protected abstract StaffMembers staffMembers();

    /** Where the booked slots are stored. */
    protected abstract Slots slots();

    /** Where the bookings are stored; {@link #bookingQueries()} must see what is added here. */
    protected abstract Bookings bookings();

    private static final Instant TOMORROW = Instant.parse("2031-03-04T00:00:00Z");
    private static final Customer JOANNA = customer("Joanna Smith", "+1 201-555-0123", "Joanna.Smith@Example.ORG");
    private static final Customer PETER = customer("Peter Parker", "+44 20 7946 0018", "peter@parker.example");

    private Arrange arrange;
    private Tenant tenant;
    private Service haircut;
    private Service colouring;
    private Staff lena;
    private Staff tom;

    @BeforeEach
    void arrangeCatalog() {
        arrange = new Arrange(this).tenants(tenants()).services(services()).staffMembers(staffMembers())
                .slots(slots()).bookings(bookings());
        tenant = arrange.tenant();
        haircut = arrange.service(tenant, "Haircut");
        colouring = arrange.service(tenant, "Colouring", Duration.ofMinutes(60), Optional.empty(), true);
        lena = arrange.staff(tenant, "Lena Vogel", haircut, colouring);
        tom = arrange.staff(tenant, "Tom Baker", Optional.empty(), true, haircut);
    }

    @Test
    void theListFiltersOnAHalfOpenStartTimeRange() {
        Booking nine = book(at(9, 0));
        Booking ten = book(at(10, 0));
        Booking eleven = book(at(11, 0));

        assertThat(ids(filter(Optional.of(at(10, 0)), Optional.of(at(11, 0))))).containsExactly(ten.id());
        assertThat(ids(filter(Optional.of(at(10, 0)), Optional.empty()))).containsExactly(ten.id(), eleven.id());
        assertThat(ids(filter(Optional.empty(), Optional.of(at(10, 0))))).containsExactly(nine.id());
        assertThat(ids(filter(Optional.empty(), Optional.empty()))).containsExactly(nine.id(), ten.id(), eleven.id());
    }

    @Test
    void theListFiltersByService() {
        book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        Booking colour = book(colouring, lena, at(10, 0), JOANNA, BookingSource.DIRECT);

        BookingFilter filter = new BookingFilter(tenant.id(), Optional.empty(), Optional.empty(),
                Optional.of(colouring.id()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                BookingSort.START_TIME);

        assertThat(ids(filter)).containsExactly(colour.id());
    }

    @Test
    void theListFiltersByStaffMember() {
        book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        Booking toms = book(haircut, tom, at(9, 0), PETER, BookingSource.DIRECT);

        BookingFilter filter = new BookingFilter(tenant.id(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(tom.id()), Optional.empty(), Optional.empty(), Optional.empty(), BookingSort.START_TIME);

        assertThat(ids(filter)).containsExactly(toms.id());
    }

    @Test
    void theListFiltersByStatus() {
        Booking confirmed = book(at(9, 0));
        Booking completed = arrange.change(book(at(10, 0)), b -> b.complete(NOW));
        Booking noShow = arrange.change(book(at(11, 0)), b -> b.markNoShow(NOW));
        Booking canceled = arrange.change(book(at(12, 0)), b -> b.cancel(null, NOW));

        assertThat(ids(byStatus(BookingStatus.CONFIRMED))).containsExactly(confirmed.id());
        assertThat(ids(byStatus(BookingStatus.COMPLETED))).containsExactly(completed.id());
        assertThat(ids(byStatus(BookingStatus.NO_SHOW))).containsExactly(noShow.id());
        assertThat(ids(byStatus(BookingStatus.CANCELED))).containsExactly(canceled.id());
    }

    @Test
    void theListFiltersBySource() {
        book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        Booking walkIn = book(haircut, lena, at(10, 0), JOANNA, BookingSource.WALK_IN);
        Booking manual = book(haircut, lena, at(11, 0), JOANNA, BookingSource.MANUAL);

        assertThat(ids(bySource(BookingSource.WALK_IN))).containsExactly(walkIn.id());
        assertThat(ids(bySource(BookingSource.MANUAL))).containsExactly(manual.id());
        assertThat(ids(bySource(BookingSource.WAITLIST))).isEmpty();
    }

    @Test
    void theFiltersCombine() {
        book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        Booking match = book(haircut, tom, at(10, 0), JOANNA, BookingSource.WALK_IN);
        book(haircut, tom, at(11, 0), JOANNA, BookingSource.DIRECT);
        book(haircut, tom, at(12, 0), PETER, BookingSource.WALK_IN);

        BookingFilter filter = new BookingFilter(tenant.id(), Optional.of(at(10, 0)), Optional.of(at(13, 0)),
                Optional.of(haircut.id()), Optional.of(tom.id()), Optional.of(BookingStatus.CONFIRMED),
                Optional.of(BookingSource.WALK_IN), SearchTerm.of(Optional.of("joanna")), BookingSort.START_TIME);

        assertThat(ids(filter)).containsExactly(match.id());
    }

    @Test
    void aSearchMatchesAnyPartOfTheCustomerNameIgnoringCase() {
        Booking joanna = book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        Booking peter = book(haircut, lena, at(10, 0), PETER, BookingSource.DIRECT);

        assertThat(ids(search("JOAN"))).containsExactly(joanna.id());
        assertThat(ids(search("arKE"))).containsExactly(peter.id());
        assertThat(ids(search("a S"))).containsExactly(joanna.id());
    }

    @Test
    void aSearchMatchesAnyPartOfTheEmailIgnoringCase() {
        Booking joanna = book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        book(haircut, lena, at(10, 0), PETER, BookingSource.DIRECT);

        assertThat(ids(search("SMITH@example.org"))).containsExactly(joanna.id());
        assertThat(ids(search("@example."))).containsExactly(joanna.id());
    }

    @Test
    void aSearchMatchesThePhoneNumberHoweverItsDigitsAreTyped() {
        Booking joanna = book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        Booking peter = book(haircut, lena, at(10, 0), PETER, BookingSource.DIRECT);

        assertThat(ids(search("+1 (201) 555-0123"))).containsExactly(joanna.id());
        assertThat(ids(search("2015550123"))).containsExactly(joanna.id());
        assertThat(ids(search("555-0123"))).containsExactly(joanna.id());
        assertThat(ids(search("7946 0018"))).containsExactly(peter.id());
        assertThat(ids(search("+1 (201) 555-9999"))).isEmpty();
    }

    @Test
    void aSearchWithThePrefixOfTheBusinessesRegionMatchesTheStartOfThePhoneNumber() {
        Booking joanna = book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        Booking peter = book(haircut, lena, at(10, 0), PETER, BookingSource.DIRECT);
        PhoneRegion gb = PhoneRegion.of("GB");

        assertThat(ids(search("020 7946 0018", gb))).containsExactly(peter.id());
        assertThat(ids(search("(020) 7946-0", gb))).containsExactly(peter.id());
        assertThat(ids(search("0044 20 7946", gb))).containsExactly(peter.id());
        assertThat(ids(search("0018", gb))).containsExactly(peter.id());
        assertThat(ids(search("001 201 555", gb))).containsExactly(joanna.id());
        assertThat(ids(search("020 7946 0019", gb))).isEmpty();
    }

    @Test
    void aSearchMixingLettersAndDigitsMatchesTextNotPhoneDigits() {
        book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        Booking suite = book(haircut, lena, at(10, 0), customer("Suite 201 Guest", "+44 20 7946 0018", null),
                BookingSource.WALK_IN);

        assertThat(ids(search("Jo201"))).isEmpty();
        assertThat(ids(search("suite 201"))).containsExactly(suite.id());
        assertThat(ids(search("201 g"))).containsExactly(suite.id());
    }

    @Test
    void aSearchWithoutMatchesReturnsAnEmptyPage() {
        book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);

        Page<BookingView> page = list(search("nobody"), new PageRequest(1, 20));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.totalPages()).isZero();
    }

    @Test
    void startTimeOrderIsAscendingWithTiesBrokenById() {
        Booking eleven = book(lowId(), haircut, lena, at(11, 0), NOW);
        Booking lenaNine = book(highId(), haircut, lena, at(9, 0), NOW);
        Booking tomNine = book(lowId(), haircut, tom, at(9, 0), NOW);

        assertThat(ids(sorted(BookingSort.START_TIME))).containsExactly(tomNine.id(), lenaNine.id(), eleven.id());
    }

    @Test
    void creationTimeOrderIsNewestFirstWithTiesBrokenById() {
        Booking oldest = book(lowId(), haircut, lena, at(9, 0), NOW.minus(Duration.ofHours(2)));
        Booking middle = book(highId(), haircut, lena, at(10, 0), NOW);
        Booking newestHigh = book(highId(), haircut, lena, at(11, 0), NOW.plusSeconds(3600));
        Booking newestLow = book(lowId(), haircut, tom, at(8, 0), NOW.plusSeconds(3600));

        assertThat(ids(sorted(BookingSort.CREATED_AT)))
                .containsExactly(newestLow.id(), newestHigh.id(), middle.id(), oldest.id());
    }

    @Test
    void pagesSliceTheOrderedMatchesAndCountTheTotal() {
        List<BookingId> all = Stream.of(9, 10, 11, 12, 13).map(h -> book(at(h, 0)).id()).toList();
        BookingFilter everything = filter(Optional.empty(), Optional.empty());

        Page<BookingView> first = list(everything, new PageRequest(1, 2));
        Page<BookingView> second = list(everything, new PageRequest(2, 2));
        Page<BookingView> last = list(everything, new PageRequest(3, 2));

        assertThat(first.items()).extracting(BookingView::id).containsExactly(all.get(0), all.get(1));
        assertThat(second.items()).extracting(BookingView::id).containsExactly(all.get(2), all.get(3));
        assertThat(last.items()).extracting(BookingView::id).containsExactly(all.get(4));
        for (Page<BookingView> page : List.of(first, second, last)) {
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.totalPages()).isEqualTo(3);
            assertThat(page.limit()).isEqualTo(2);
        }
        assertThat(List.of(first.page(), second.page(), last.page())).containsExactly(1, 2, 3);
    }

    @Test
    void aLastPageThatIsFullStillCountsTheTotal() {
        Stream.of(9, 10, 11, 12).forEach(h -> book(at(h, 0)));
        BookingFilter everything = filter(Optional.empty(), Optional.empty());

        Page<BookingView> full = list(everything, new PageRequest(2, 2));
        Page<BookingView> onlyPage = list(everything, new PageRequest(1, 4));

        assertThat(full.items()).hasSize(2);
        assertThat(full.total()).isEqualTo(4);
        assertThat(full.totalPages()).isEqualTo(2);
        assertThat(onlyPage.total()).isEqualTo(4);
        assertThat(onlyPage.totalPages()).isEqualTo(1);
    }

    @Test
    void aPageBeyondTheLastIsEmptyButKeepsTheTotal() {
        Stream.of(9, 10, 11).forEach(h -> book(at(h, 0)));

        Page<BookingView> beyond = list(filter(Optional.empty(), Optional.empty()), new PageRequest(3, 2));

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(beyond.totalPages()).isEqualTo(2);
        assertThat(beyond.page()).isEqualTo(3);
    }

    @Test
    void theTotalCountsOnlyMatches() {
        Stream.of(9, 10, 11).forEach(h -> book(at(h, 0)));
        book(haircut, tom, at(9, 0), PETER, BookingSource.WALK_IN);

        Page<BookingView> page = list(bySource(BookingSource.DIRECT), new PageRequest(1, 2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.totalPages()).isEqualTo(2);
    }

    @Test
    void aListedBookingCarriesItsCustomerTimesAndTheServiceAndStaffNames() {
        Booking booking = book(colouring, lena, at(9, 0), JOANNA, BookingSource.WALK_IN);

        BookingView view = list(filter(Optional.empty(), Optional.empty()), new PageRequest(1, 20)).items().get(0);

        assertThat(view.id()).isEqualTo(booking.id());
        assertThat(view.slotId()).isEqualTo(booking.slotId());
        assertThat(view.serviceId()).isEqualTo(colouring.id());
        assertThat(view.serviceName()).isEqualTo("Colouring");
        assertThat(view.staffId()).isEqualTo(lena.id());
        assertThat(view.staffName()).isEqualTo("Lena Vogel");
        assertThat(view.customerName()).isEqualTo("Joanna Smith");
        assertThat(view.customerPhone()).isEqualTo("+12015550123");
        assertThat(view.customerEmail()).contains("Joanna.Smith@example.org");
        assertThat(view.startTime()).isEqualTo(at(9, 0));
        assertThat(view.endTime()).isEqualTo(at(10, 0));
        assertThat(view.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(view.bookingSource()).isEqualTo(BookingSource.WALK_IN);
        assertThat(view.waitlistEntryId()).isEmpty();
        assertThat(view.confirmedAt()).isEqualTo(NOW);
        assertThat(view.createdAt()).isEqualTo(NOW);
        assertThat(view.updatedAt()).isEqualTo(NOW);
        assertThat(view.createdBy()).isEqualTo(ContractData.DESK);
        assertThat(List.of(view.completedAt(), view.canceledAt(), view.noShowAt())).allMatch(Optional::isEmpty);
        assertThat(view.cancellationReason()).isEmpty();
    }

    @Test
    void aListedCanceledBookingCarriesWhenAndWhy() {
        Instant canceledAt = NOW.plusSeconds(600);
        arrange.change(book(at(9, 0)), b -> b.cancel("Double booked", canceledAt));

        BookingView view = list(filter(Optional.empty(), Optional.empty()), new PageRequest(1, 20)).items().get(0);

        assertThat(view.status()).isEqualTo(BookingStatus.CANCELED);
        assertThat(view.canceledAt()).contains(canceledAt);
        assertThat(view.cancellationReason()).contains("Double booked");
        assertThat(view.updatedAt()).isEqualTo(canceledAt);
    }

    @Test
    void theListNeverShowsAnotherTenantsBookings() {
        Booking mine = book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        Tenant other = arrange.tenant();
        Service othersService = arrange.service(other, "Haircut");
        Staff othersStaff = arrange.staff(other, "Lena Vogel", othersService);
        Booking theirs = arrange.booking(othersService, othersStaff, at(9, 0), JOANNA, BookingSource.DIRECT, NOW);

        assertThat(ids(filter(Optional.empty(), Optional.empty()))).containsExactly(mine.id());
        assertThat(ids(search("Joanna"))).containsExactly(mine.id());
        assertThat(ids(search("2015550123"))).containsExactly(mine.id());
        BookingFilter theirFilter = new BookingFilter(tenant.id(), Optional.empty(), Optional.empty(),
                Optional.of(othersService.id()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), BookingSort.START_TIME);
        assertThat(ids(theirFilter)).isEmpty();
        assertThat(list(filter(Optional.empty(), Optional.empty()), new PageRequest(1, 20)).total()).isEqualTo(1);
        assertThat(inTransaction(() -> bookingQueries().details(other.id(), theirs.id()))).isPresent();
    }

    @Test
    void detailsJoinTheSlotTheServiceAndTheStaffMember() {
        Booking booking = book(haircut, lena, at(9, 0), JOANNA, BookingSource.MANUAL);

        BookingDetails details = details(tenant.id(), booking.id()).orElseThrow();

        assertThat(details.booking().id()).isEqualTo(booking.id());
        assertThat(details.booking().serviceName()).isEqualTo("Haircut");
        assertThat(details.booking().staffName()).isEqualTo("Lena Vogel");
        assertThat(details.slot()).isEqualTo(new BookingDetails.SlotDetails(at(9, 0), at(9, 30), SlotStatus.BOOKED));
        assertThat(details.service()).isEqualTo(new BookingDetails.ServiceDetails("Haircut", Duration.ofMinutes(30),
                Optional.of(Money.of(3500, "EUR"))));
        assertThat(details.staff()).isEqualTo(new BookingDetails.StaffDetails("Lena Vogel", Optional.of("Stylist")));
        assertThat(details.auditTrail()).isEmpty();
    }

    @Test
    void detailsShowAServiceWithoutPriceAndAStaffMemberWithoutRole() {
        Booking booking = book(colouring, tom, at(9, 0), JOANNA, BookingSource.MANUAL);

        BookingDetails details = details(tenant.id(), booking.id()).orElseThrow();

        assertThat(details.service()).isEqualTo(new BookingDetails.ServiceDetails("Colouring",
                Duration.ofMinutes(60), Optional.empty()));
        assertThat(details.staff()).isEqualTo(new BookingDetails.StaffDetails("Tom Baker", Optional.empty()));
    }

    @Test
    void detailsShowTheSlotsCurrentStatus() {
        Booking booking = arrange.change(book(at(9, 0)), b -> b.cancel(null, NOW));
        Slot slot = inTransaction(() -> slots().find(tenant.id(), booking.slotId())).orElseThrow();
        slot.release();
        inTransactionDo(() -> slots().update(slot));

        BookingDetails details = details(tenant.id(), booking.id()).orElseThrow();

        assertThat(details.slot().status()).isEqualTo(SlotStatus.OPEN);
        assertThat(details.booking().status()).isEqualTo(BookingStatus.CANCELED);
    }

    @Test
    void detailsOfAnUnknownOrAnotherTenantsBookingAreEmpty() {
        Booking booking = book(at(9, 0));
        Tenant other = arrange.tenant();

        assertThat(details(other.id(), booking.id())).isEmpty();
        assertThat(details(tenant.id(), new BookingId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void statsCountBookingsPerStatusAndSourceStartingInTheRange() {
        book(haircut, lena, at(9, 0), JOANNA, BookingSource.DIRECT);
        arrange.change(book(haircut, lena, at(10, 0), JOANNA, BookingSource.WALK_IN), b -> b.complete(NOW));
        arrange.change(book(haircut, lena, at(11, 0), JOANNA, BookingSource.MANUAL), b -> b.complete(NOW));
        arrange.change(book(haircut, lena, at(12, 0), JOANNA, BookingSource.DIRECT), b -> b.markNoShow(NOW));
        arrange.change(book(haircut, lena, at(13, 0), JOANNA, BookingSource.MANUAL), b -> b.cancel(null, NOW));
        book(haircut, lena, at(24 + 9, 0), JOANNA, BookingSource.WALK_IN);
        book(haircut, lena, at(-1, 0), JOANNA, BookingSource.WALK_IN);

        BookingStats stats = stats(Optional.of(at(0, 0)), Optional.of(at(24, 0)), farAway(), farAway());

        assertThat(stats.byStatus()).containsOnly(entry(BookingStatus.CONFIRMED, 1L),
                entry(BookingStatus.COMPLETED, 2L), entry(BookingStatus.NO_SHOW, 1L),
                entry(BookingStatus.CANCELED, 1L));
        assertThat(stats.bySource()).containsOnly(entry(BookingSource.DIRECT, 2L),
                entry(BookingSource.WALK_IN, 1L), entry(BookingSource.MANUAL, 2L), entry(BookingSource.WAITLIST, 0L));
        assertThat(stats.totalBookings()).isEqualTo(5);
    }

    @Test
    void statsWithOpenEndsCountEveryBooking() {
        book(at(-1, 0));
        book(at(9, 0));
        book(at(24 * 5, 0));

        assertThat(stats(Optional.empty(), Optional.empty(), farAway(), farAway()).totalBookings()).isEqualTo(3);
        assertThat(stats(Optional.of(at(0, 0)), Optional.empty(), farAway(), farAway()).totalBookings())
                .isEqualTo(2);
        assertThat(stats(Optional.empty(), Optional.of(at(9, 0)), farAway(), farAway()).totalBookings())
                .isEqualTo(1);
    }

    @Test
    void todayCountsBookingsNotCanceledStartingInTheTodayRange() {
        book(at(0, 0));
        arrange.change(book(at(10, 0)), b -> b.complete(NOW));
        arrange.change(book(at(11, 0)), b -> b.markNoShow(NOW));
        arrange.change(book(at(12, 0)), b -> b.cancel(null, NOW));
        book(at(23, 30));
        book(at(24, 0));
        book(at(-1, 0));

        BookingStats stats = stats(Optional.empty(), Optional.empty(), new TimeRange(at(0, 0), at(24, 0)),
                farAway());

        assertThat(stats.todayBookings()).isEqualTo(4);
    }

    @Test
    void upcomingCountsConfirmedBookingsStartingInTheUpcomingRange() {
        Instant from = at(8, 0);
        Instant until = from.plus(Duration.ofDays(7));
        book(at(9, 0));
        book(haircut, lena, until.minus(Duration.ofMinutes(30)), JOANNA, BookingSource.DIRECT);
        book(haircut, lena, until, JOANNA, BookingSource.DIRECT);
        book(at(7, 0));
        arrange.change(book(at(10, 0)), b -> b.complete(NOW));
        arrange.change(book(at(11, 0)), b -> b.cancel(null, NOW));
        arrange.change(book(at(12, 0)), b -> b.markNoShow(NOW));

        BookingStats stats = stats(Optional.empty(), Optional.empty(), farAway(), new TimeRange(from, until));

        assertThat(stats.upcomingBookings()).isEqualTo(2);
    }

    @Test
    void todayAndUpcomingAlsoRespectTheRange() {
        book(at(9, 0));
        book(at(24 + 9, 0));
        TimeRange twoDays = new TimeRange(at(0, 0), at(48, 0));

        BookingStats stats = stats(Optional.of(at(24, 0)), Optional.empty(), twoDays, twoDays);

        assertThat(stats.todayBookings()).isEqualTo(1);
        assertThat(stats.upcomingBookings()).isEqualTo(1);
    }

    @Test
    void statsNeverCountAnotherTenantsBookings() {
        book(at(9, 0));
        Tenant other = arrange.tenant();
        Service othersService = arrange.service(other, "Haircut");
        Staff othersStaff = arrange.staff(other, "Olga Other", othersService);
        arrange.booking(othersService, othersStaff, at(9, 0), JOANNA, BookingSource.DIRECT, NOW);
        arrange.booking(othersService, othersStaff, at(10, 0), JOANNA, BookingSource.WALK_IN, NOW);
        TimeRange day = new TimeRange(at(0, 0), at(24, 0));

        BookingStats stats = stats(Optional.empty(), Optional.empty(), day, day);

        assertThat(stats.totalBookings()).isEqualTo(1);
        assertThat(stats.bySource().get(BookingSource.WALK_IN)).isZero();
        assertThat(stats.todayBookings()).isEqualTo(1);
        assertThat(stats.upcomingBookings()).isEqualTo(1);
    }

    @Test
    void statsOfATenantWithoutBookingsAreAllZero() {
        BookingStats stats = stats(Optional.empty(), Optional.empty(), farAway(), farAway());

        assertThat(stats.totalBookings()).isZero();
        assertThat(stats.byStatus().values()).containsOnly(0L);
        assertThat(stats.bySource().values()).containsOnly(0L);
        assertThat(stats.noShowRate()).isZero();
    }

    private Booking book(Instant start) {
        return book(haircut, lena, start, aCustomer(), BookingSource.DIRECT);
    }

    private Booking book(Service service, Staff staff, Instant start, Customer customer, BookingSource source) {
        return book(service, staff, start, customer, source, NOW);
    }

    private Booking book(Service service, Staff staff, Instant start, Customer customer, BookingSource source,
            Instant bookedAt) {
        return arrange.booking(service, staff, start, customer, source, bookedAt);
    }

    private Page<BookingView> list(BookingFilter filter, PageRequest page) {
        return inTransaction(() -> bookingQueries().list(filter, page));
    }

    private List<BookingId> ids(BookingFilter filter) {
        return list(filter, new PageRequest(1, PageRequest.MAX_LIMIT)).items().stream().map(BookingView::id).toList();
    }

    private Optional<BookingDetails> details(TenantId tenantId, BookingId id) {
        return inTransaction(() -> bookingQueries().details(tenantId, id));
    }

    private BookingStats stats(Optional<Instant> from, Optional<Instant> before, TimeRange today,
            TimeRange upcoming) {
        return inTransaction(() -> bookingQueries().stats(new StatsQuery(tenant.id(), from, before, today,
                upcoming)));
    }

    private BookingFilter filter(Optional<Instant> from, Optional<Instant> before) {
        return new BookingFilter(tenant.id(), from, before, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), BookingSort.START_TIME);
    }

    private BookingFilter byStatus(BookingStatus status) {
        return new BookingFilter(tenant.id(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(status), Optional.empty(), Optional.empty(), BookingSort.START_TIME);
    }

    private BookingFilter bySource(BookingSource source) {
        return new BookingFilter(tenant.id(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(source), Optional.empty(), BookingSort.START_TIME);
    }

    private BookingFilter sorted(BookingSort sort) {
        return new BookingFilter(tenant.id(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), sort);
    }

    private BookingFilter search(String typed) {
        return new BookingFilter(tenant.id(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), SearchTerm.of(Optional.of(typed)), BookingSort.START_TIME);
    }

    private BookingFilter search(String typed, PhoneRegion region) {
        return new BookingFilter(tenant.id(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), SearchTerm.of(Optional.of(typed), region), BookingSort.START_TIME);
    }

    private Booking book(BookingId id, Service service, Staff staff, Instant start, Instant bookedAt) {
        return arrange.booking(id, service, staff, start, aCustomer(), BookingSource.DIRECT, bookedAt);
    }

    /** Ids that sort low and high in storage's (unsigned) order; see {@link ContractData#lowUuid()}. */
    private static BookingId lowId() {
        return new BookingId(lowUuid());
    }

    private static BookingId highId() {
        return new BookingId(highUuid());
    }

    /** A range no booking of these tests starts in. */
    private static TimeRange farAway() {
        return new TimeRange(Instant.parse("2040-01-01T00:00:00Z"), Instant.parse("2040-01-02T00:00:00Z"));
    }

    /** A time (UTC) on the day after {@link ContractData#NOW}; hours beyond 24 or below 0 reach other days. */
    private static Instant at(int hour, int minute) {
        return TOMORROW.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
    }
}
