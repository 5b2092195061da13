package io.frontdesk.booking.app.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/bookings: search, every filter, sort orders and the pagination arithmetic. */
@QuarkusTest
class BookingSearchApiTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Business business;
    private String dana;
    private String eli;
    private String farah;
    private String coloring;
    private String noah;
    private Instant inTwoDays;
    private Instant inFiveDays;

    /** Dana (haircut, walk-in, in two days), Eli (coloring, phone, no email, in five days), Farah (canceled). */
    @BeforeEach
    void threeBookings() {
        business = Business.open();
        String[] coloringByNoah = business.addServiceWithStaff("Coloring", 60, "Noah Kim");
        coloring = coloringByNoah[0];
        noah = coloringByNoah[1];
        Instant today = Instant.now().truncatedTo(ChronoUnit.HOURS);
        inTwoDays = today.plus(Duration.ofDays(2));
        inFiveDays = today.plus(Duration.ofDays(5));
        dana = business.book(customer(business.slotAt(inTwoDays), "Dana Whitfield", "+1 201-555-0123",
                "dana@example.com", "walk_in"));
        eli = business.book(customer(business.slotAt(coloring, noah, inFiveDays), "Eli Romero", "(201) 555-0188",
                null, "manual"));
        farah = business.book(customer(business.slotAt(inFiveDays.plus(Duration.ofHours(1))), "Farah Said", "201 555 0142",
                "farah@example.org", "direct"));
        business.desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + farah).then().statusCode(200);
    }

    @ParameterizedTest(name = "''{0}'' finds Dana")
    @ValueSource(strings = {"whitfield", "Dana", "dana@example", "DANA@EXAMPLE.COM", "+1 (201) 555-0123",
        "2015550123", "555-0123", "+12015550123"})
    void searchFindsByNameEmailOrPhoneInAnyNotation(String search) {
        business.desk().queryParam("search", search).get("/api/bookings")
                .then().statusCode(200)
                .body("bookings.id", contains(dana))
                .body("pagination.total", equalTo(1));
    }

    @Test
    void aSearchWithNoMatchAnswersAnEmptyPage() {
        business.desk().queryParam("search", "nobody by this name").get("/api/bookings")
                .then().statusCode(200)
                .body("bookings", empty())
                .body("pagination.total", equalTo(0))
                .body("pagination.totalPages", equalTo(0));
    }

    @Test
    void filtersNarrowByStatusSourceServiceAndStaff() {
        business.desk().queryParam("status", "canceled").get("/api/bookings").then().body("bookings.id",
                contains(farah));
        business.desk().queryParam("status", "confirmed").get("/api/bookings").then().body("bookings.id",
                contains(dana, eli));
        business.desk().queryParam("source", "manual").get("/api/bookings").then().body("bookings.id",
                contains(eli));
        business.desk().queryParam("service_id", coloring).get("/api/bookings").then().body("bookings.id",
                contains(eli));
        business.desk().queryParam("staff_id", business.staffId).get("/api/bookings").then().body("bookings.id",
                contains(dana, farah));
        business.desk().queryParam("source", "direct").queryParam("status", "confirmed").get("/api/bookings")
                .then().body("bookings", empty());
    }

    @Test
    void dateFiltersTakeWholeDaysInTheBusinesssZone() {
        LocalDate danaDay = LocalDate.ofInstant(inTwoDays, NEW_YORK);
        LocalDate eliDay = LocalDate.ofInstant(inFiveDays, NEW_YORK);

        business.desk().queryParam("start_date", danaDay.toString()).queryParam("end_date", danaDay.toString())
                .get("/api/bookings").then().body("bookings.id", contains(dana));
        business.desk().queryParam("start_date", eliDay.toString()).get("/api/bookings")
                .then().body("bookings.id", contains(eli, farah));
        business.desk().queryParam("end_date", eliDay.minusDays(1).toString()).get("/api/bookings")
                .then().body("bookings.id", contains(dana));
    }

    @Test
    void sortsByStartTimeByDefaultAndByCreationNewestFirst() {
        business.desk().get("/api/bookings").then().body("bookings.id", contains(dana, eli, farah));
        business.desk().queryParam("sort", "created_at").get("/api/bookings")
                .then().body("bookings.id", contains(farah, eli, dana));
    }

    @Test
    void paginationCountsPagesAndAnswersEmptyBeyondTheLast() {
        business.booking();
        business.booking();

        business.desk().queryParam("limit", 2).get("/api/bookings").then()
                .body("pagination.page", equalTo(1))
                .body("pagination.limit", equalTo(2))
                .body("pagination.total", equalTo(5))
                .body("pagination.totalPages", equalTo(3))
                .body("bookings.size()", equalTo(2));
        business.desk().queryParam("limit", 2).queryParam("page", 3).get("/api/bookings").then()
                .body("pagination.page", equalTo(3))
                .body("bookings.size()", equalTo(1));
        business.desk().queryParam("limit", 2).queryParam("page", 4).get("/api/bookings").then()
                .statusCode(200)
                .body("pagination.total", equalTo(5))
                .body("bookings", empty());
    }

    private static Map<String, Object> customer(String slotId, String name, String phone, String email,
            String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("slot_id", slotId);
        body.put("customer_name", name);
        body.put("customer_phone", phone);
        if (email != null) {
            body.put("customer_email", email);
        }
        body.put("booking_source", source);
        return body;
    }
}
