package io.frontdesk.booking.app.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.frontdesk.booking.app.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/bookings/stats on a known data set in Berlin, on the day clocks go forward (29 March 2026: a 23-hour
 * day from 23:00Z to 22:00Z). Two bookings fall on that local day although their UTC dates differ, so an answer
 * computed in UTC instead of the business's zone turns these tests red.
 */
@QuarkusTest
class BookingStatsApiTest {

    private static final Instant BEFORE_ALL = Instant.parse("2026-03-20T12:00:00Z");
    private static final Instant NOON_ON_THE_DST_DAY = Instant.parse("2026-03-29T10:00:00Z");

    private Business business;

    @BeforeEach
    void sixBookingsAroundTheChange() {
        TestClock.pin(BEFORE_ALL);
        business = Business.open("Europe/Berlin", "DE");
        String lastNightCompleted = book("2026-03-28T22:30:00Z", "walk_in"); // 28 Mar 23:30 CET
        String earlyNoShow = book("2026-03-28T23:30:00Z", "manual");        // 29 Mar 00:30 CET
        book("2026-03-29T21:30:00Z", "direct");                             // 29 Mar 23:30 CEST
        String tomorrowCanceled = book("2026-03-30T08:00:00Z", "walk_in");  // 30 Mar 10:00 CEST
        book("2026-04-02T10:00:00Z", "direct");                             // within the next 7 days
        book("2026-04-10T10:00:00Z", "manual");                             // beyond them
        TestClock.pin(NOON_ON_THE_DST_DAY);
        status(lastNightCompleted, "completed");
        status(earlyNoShow, "no_show");
        status(tomorrowCanceled, "canceled");
    }

    @AfterEach
    void releaseTheClock() {
        TestClock.release();
    }

    @Test
    void allTimeFiguresCountEveryBookingAndTodayInTheBusinesssZone() {
        business.desk().get("/api/bookings/stats")
                .then().statusCode(200)
                .body("success", equalTo(true))
                .body("stats.totalBookings", equalTo(6))
                .body("stats.todayBookings", equalTo(2))
                .body("stats.upcomingBookings", equalTo(2))
                .body("stats.completedBookings", equalTo(1))
                .body("stats.noShowCount", equalTo(1))
                .body("stats.noShowRate", equalTo(0.5f))
                .body("stats.canceledBookings", equalTo(1))
                .body("stats.bySource.walk_in", equalTo(2))
                .body("stats.bySource.manual", equalTo(2))
                .body("stats.bySource.direct", equalTo(2))
                .body("stats.bySource.waitlist", equalTo(0))
                .body("stats.byStatus.confirmed", equalTo(3))
                .body("stats.byStatus.completed", equalTo(1))
                .body("stats.byStatus.no_show", equalTo(1))
                .body("stats.byStatus.canceled", equalTo(1));
    }

    @Test
    void aOneDayRangeIsTheWholeLocalDayOfTwentyThreeHours() {
        business.desk().queryParam("start_date", "2026-03-29").queryParam("end_date", "2026-03-29")
                .get("/api/bookings/stats")
                .then().statusCode(200)
                .body("stats.totalBookings", equalTo(2))
                .body("stats.todayBookings", equalTo(2))
                .body("stats.upcomingBookings", equalTo(1))
                .body("stats.byStatus.no_show", equalTo(1))
                .body("stats.byStatus.confirmed", equalTo(1))
                .body("stats.noShowRate", equalTo(1.0f));
    }

    @Test
    void aRangeWithNothingDueHasANoShowRateOfZero() {
        business.desk().queryParam("start_date", "2026-04-01").queryParam("end_date", "2026-04-30")
                .get("/api/bookings/stats")
                .then().statusCode(200)
                .body("stats.totalBookings", equalTo(2))
                .body("stats.todayBookings", equalTo(0))
                .body("stats.noShowRate", equalTo(0.0f));
    }

    @Test
    void theListUsesTheSameLocalDay() {
        business.desk().queryParam("start_date", "2026-03-29").queryParam("end_date", "2026-03-29")
                .get("/api/bookings")
                .then().statusCode(200)
                .body("pagination.total", equalTo(2))
                .body("bookings.status", contains("no_show", "confirmed"));
    }

    private String book(String start, String source) {
        Map<String, Object> request = business.bookingRequest(business.slotAt(Instant.parse(start)));
        request.put("customer_phone", "030 1234567" + (business.bookingCount() % 10));
        request.put("booking_source", source);
        return business.book(request);
    }

    private void status(String bookingId, String status) {
        business.desk().body(Map.of("status", status)).patch("/api/bookings/" + bookingId).then().statusCode(200);
    }
}
