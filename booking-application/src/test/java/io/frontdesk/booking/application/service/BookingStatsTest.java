package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.frontdesk.booking.application.port.in.BookingStats;
import io.frontdesk.booking.application.port.in.BookingStatsQuery;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.Staff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Dashboard statistics: "today" is the tenant's calendar day, however long daylight saving makes it; the no-show
 * rate counts only bookings that reached their time; "upcoming" is confirmed bookings in the next 7 days.
 */
class BookingStatsTest {

    /** Berlin springs forward on Sunday 29 March 2026: that day runs from 23:00Z on the 28th to 22:00Z. */
    private final Scenario shop = Scenario.aBusinessIn("Europe/Berlin", "DE");

    @Test
    void todayEndsAtTheTenantsMidnightOnTheShortDay() {
        shop.bookedAt(Instant.parse("2026-03-29T21:30:00Z"));
        shop.bookedAt(Instant.parse("2026-03-29T22:30:00Z"));
        shop.clock.set(Instant.parse("2026-03-29T08:00:00Z"));

        assertThat(allTime().todayBookings()).as("23:30 on the 29th counts, 00:30 on the 30th does not")
                .isEqualTo(1);
    }

    @Test
    void todayStartsAtTheTenantsMidnightBeforeTheChange() {
        shop.bookedAt(Instant.parse("2026-03-28T22:30:00Z"));
        shop.bookedAt(Instant.parse("2026-03-28T23:30:00Z"));
        shop.clock.set(Instant.parse("2026-03-29T08:00:00Z"));

        assertThat(allTime().todayBookings()).as("00:30 on the 29th counts, 23:30 on the 28th does not")
                .isEqualTo(1);
    }

    @Test
    void todayIsTheTenantsDayWhileUtcIsStillOnThePreviousOne() {
        shop.bookedAt(Instant.parse("2026-03-29T21:30:00Z"));
        shop.clock.set(Instant.parse("2026-03-28T23:15:00Z"));

        assertThat(allTime().todayBookings()).as("at 00:15 on the 29th, 23:30 that evening is today").isEqualTo(1);
    }

    @Test
    void todayCountsCompletedAndNoShowBookingsButNotCanceledOnes() {
        shop.bookedAt(Instant.parse("2026-03-29T07:00:00Z"));
        shop.complete(shop.bookedAt(Instant.parse("2026-03-29T08:00:00Z")));
        shop.markNoShow(shop.bookedAt(Instant.parse("2026-03-29T09:00:00Z")));
        shop.cancel(shop.bookedAt(Instant.parse("2026-03-29T10:00:00Z")));
        shop.clock.set(Instant.parse("2026-03-29T12:00:00Z"));

        assertThat(allTime().todayBookings()).isEqualTo(3);
    }

    @Test
    void theNoShowRateIsNoShowsOverAttendedBookings() {
        for (int i = 0; i < 3; i++) {
            shop.complete(shop.bookedAt(shop.inHours(2 + i)));
        }
        shop.markNoShow(shop.bookedAt(shop.inHours(6)));
        shop.cancel(shop.bookedAt(shop.inHours(7)));
        shop.bookedAt(shop.inHours(8));

        BookingStats stats = allTime();

        assertThat(stats.noShowRate()).isEqualTo(0.25);
        assertThat(stats.totalBookings()).isEqualTo(6);
        assertThat(stats.completedBookings()).isEqualTo(3);
        assertThat(stats.noShowCount()).isEqualTo(1);
        assertThat(stats.canceledBookings()).isEqualTo(1);
        assertThat(stats.byStatus()).containsOnly(entry(BookingStatus.CONFIRMED, 1L),
                entry(BookingStatus.COMPLETED, 3L), entry(BookingStatus.NO_SHOW, 1L),
                entry(BookingStatus.CANCELED, 1L));
    }

    @Test
    void theNoShowRateIsZeroWithoutAttendedBookings() {
        shop.bookedAt(shop.inHours(2));
        shop.cancel(shop.bookedAt(shop.inHours(3)));

        assertThat(allTime().noShowRate()).isZero();
    }

    @Test
    void bookingsAreCountedPerSource() {
        shop.aBookingOf(shop.openSlotAt(shop.inHours(2))).source(BookingSource.DIRECT).create();
        shop.aBookingOf(shop.openSlotAt(shop.inHours(3))).source(BookingSource.WALK_IN).create();
        shop.aBookingOf(shop.openSlotAt(shop.inHours(4))).source(BookingSource.WALK_IN).create();
        shop.aBookingOf(shop.openSlotAt(shop.inHours(5))).source(BookingSource.MANUAL).create();

        assertThat(allTime().bySource()).containsOnly(entry(BookingSource.DIRECT, 1L),
                entry(BookingSource.WALK_IN, 2L), entry(BookingSource.MANUAL, 1L), entry(BookingSource.WAITLIST, 0L));
    }

    @Test
    void upcomingCountsConfirmedBookingsStartingWithinTheNextSevenDays() {
        Instant now = Scenario.START.plus(Duration.ofHours(3));
        shop.bookedAt(shop.inHours(1));
        shop.bookedAt(now.plus(Duration.ofHours(1)));
        shop.bookedAt(now.plus(Duration.ofDays(7)).minus(Duration.ofMinutes(1)));
        Staff tom = shop.addStaff("Tom Baker", Optional.empty(), true, shop.service);
        shop.aBookingOf(shop.openSlot(shop.service, tom, now.plus(Duration.ofDays(7)))).create();
        shop.cancel(shop.bookedAt(now.plus(Duration.ofDays(2))));
        shop.complete(shop.bookedAt(now.plus(Duration.ofDays(1))));
        shop.clock.set(now);

        assertThat(allTime().upcomingBookings()).isEqualTo(2);
    }

    @Test
    void theDateRangeIsWholeDaysInTheTenantsZone() {
        shop.bookedAt(Instant.parse("2026-03-28T22:30:00Z"));
        shop.bookedAt(Instant.parse("2026-03-28T23:30:00Z"));
        shop.bookedAt(Instant.parse("2026-03-29T21:30:00Z"));
        shop.bookedAt(Instant.parse("2026-03-29T22:30:00Z"));
        LocalDate sunday = LocalDate.parse("2026-03-29");

        BookingStats stats = shop.app.reads.stats(new BookingStatsQuery(shop.tenant.id(), Optional.of(sunday),
                Optional.of(sunday)));

        assertThat(stats.totalBookings()).isEqualTo(2);
    }

    @Test
    void anotherTenantsBookingsAreNotCounted() {
        shop.bookedAt(shop.inHours(2));
        Scenario neighbour = shop.anotherBusiness();
        BookingView theirs = neighbour.bookedAt(neighbour.inHours(2));
        neighbour.markNoShow(theirs);

        BookingStats stats = allTime();

        assertThat(stats.totalBookings()).isEqualTo(1);
        assertThat(stats.noShowCount()).isZero();
        assertThat(stats.todayBookings()).isEqualTo(1);
    }

    private BookingStats allTime() {
        return shop.app.reads.stats(new BookingStatsQuery(shop.tenant.id(), Optional.empty(), Optional.empty()));
    }
}
