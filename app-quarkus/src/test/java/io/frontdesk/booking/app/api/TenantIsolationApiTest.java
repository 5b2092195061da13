package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two businesses side by side: A, using B's ids on every endpoint that takes one, is answered exactly as for an id
 * that never existed (so B's data neither shows nor leaks its existence), and B's data is the same afterwards, as B
 * sees it. A's own lists and statistics never include B's data.
 */
@QuarkusTest
class TenantIsolationApiTest {

    private Business a;
    private Business b;
    private String aBooking;
    private String bBooking;
    private String bBookedSlot;
    private String bOpenSlot;

    @BeforeEach
    void twoBusinesses() {
        a = Business.open();
        aBooking = a.booking();
        b = Business.open();
        bBookedSlot = b.slot();
        Map<String, Object> bCustomer = b.bookingRequest(bBookedSlot);
        bCustomer.put("customer_name", "Brigitte Bauer");
        bCustomer.put("customer_email", "brigitte@bauer.example");
        bBooking = b.book(bCustomer);
        String bCanceled = b.booking();
        b.desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + bCanceled).then().statusCode(200);
        bOpenSlot = b.slot();
    }

    // --- bookings -------------------------------------------------------------------------------------------------

    @Test
    void anotherBusinesssBookingCannotBeRead() {
        String before = b.snapshot();

        sameAnswerAsForAnUnknownId(id -> a.desk().get("/api/bookings/" + id), bBooking)
                .statusCode(404).body("code", equalTo("BOOKING.NOT_FOUND"));

        assertThat(b.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "to {0}")
    @ValueSource(strings = {"completed", "no_show", "canceled"})
    void anotherBusinesssBookingCannotBeChanged(String status) {
        String before = b.snapshot();

        sameAnswerAsForAnUnknownId(id -> a.desk().body(Map.of("status", status)).patch("/api/bookings/" + id),
                bBooking)
                .statusCode(404).body("code", equalTo("BOOKING.NOT_FOUND"));

        assertThat(b.snapshot()).isEqualTo(before);
        b.desk().get("/api/bookings/" + bBooking).then().statusCode(200)
                .body("booking.status", equalTo("confirmed"))
                .body("booking.slotDetails.status", equalTo("booked"))
                .body("booking.auditTrail", hasSize(1));
    }

    @Test
    void anotherBusinesssSlotCannotBeBooked() {
        String beforeA = a.snapshot();
        String beforeB = b.snapshot();

        for (String slot : List.of(bOpenSlot, bBookedSlot)) {
            sameAnswerAsForAnUnknownId(id -> a.desk().body(a.bookingRequest(id)).post("/api/bookings"), slot)
                    .statusCode(404).body("code", equalTo("SLOT.NOT_FOUND"));
        }

        assertThat(a.snapshot()).isEqualTo(beforeA);
        assertThat(b.snapshot()).isEqualTo(beforeB);
        assertThat(b.slotIds("open")).contains(bOpenSlot);
    }

    @Test
    void listingByAnotherBusinesssServiceOrStaffFindsNothing() {
        for (Map<String, String> filter : List.of(Map.of("service_id", b.serviceId), Map.of("staff_id", b.staffId),
                Map.of("service_id", b.serviceId, "staff_id", b.staffId))) {
            a.desk().queryParams(filter).get("/api/bookings").then().statusCode(200)
                    .body("success", equalTo(true))
                    .body("bookings", hasSize(0))
                    .body("pagination.total", equalTo(0));
        }
        b.desk().queryParam("service_id", b.serviceId).get("/api/bookings").then().statusCode(200)
                .body("pagination.total", equalTo(2));
    }

    @Test
    void aBusinesssListHoldsOnlyItsOwnBookings() {
        a.desk().get("/api/bookings").then().statusCode(200)
                .body("bookings.id", contains(aBooking))
                .body("pagination.total", equalTo(1));
        for (String status : List.of("confirmed", "canceled")) {
            a.desk().queryParam("status", status).get("/api/bookings").then().statusCode(200)
                    .body("bookings.id", not(hasItem(bBooking)));
        }
        for (String search : List.of("Brigitte", "bauer.example")) {
            b.desk().queryParam("search", search).get("/api/bookings").then().statusCode(200)
                    .body("bookings.id", contains(bBooking));
            a.desk().queryParam("search", search).get("/api/bookings").then().statusCode(200)
                    .body("pagination.total", equalTo(0));
        }
        a.desk().queryParams(Map.of("start_date", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                "end_date", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString())).get("/api/bookings")
                .then().statusCode(200).body("bookings.id", contains(aBooking));
    }

    @Test
    void aBusinesssStatisticsCountOnlyItsOwnBookings() {
        a.desk().get("/api/bookings/stats").then().statusCode(200)
                .body("stats.totalBookings", equalTo(1))
                .body("stats.canceledBookings", equalTo(0))
                .body("stats.byStatus.confirmed", equalTo(1))
                .body("stats.byStatus.canceled", equalTo(0))
                .body("stats.bySource.walk_in", equalTo(1));
        b.desk().get("/api/bookings/stats").then().statusCode(200)
                .body("stats.totalBookings", equalTo(2))
                .body("stats.canceledBookings", equalTo(1));
    }

    // --- catalog --------------------------------------------------------------------------------------------------

    @Test
    void staffOfAnotherBusinesssServiceCannotBeListed() {
        sameAnswerAsForAnUnknownId(id -> a.desk().queryParam("service_id", id).get("/api/staff"), b.serviceId)
                .statusCode(404).body("code", equalTo("SERVICE.NOT_FOUND"));
    }

    @Test
    void aBusinesssCatalogHoldsOnlyItsOwnServicesAndStaff() {
        a.admin().queryParam("include_inactive", "true").get("/api/services").then().statusCode(200)
                .body("services.id", contains(a.serviceId));
        a.admin().queryParam("include_inactive", "true").get("/api/staff").then().statusCode(200)
                .body("staff.id", contains(a.staffId));
        a.admin().get("/api/tenant").then().statusCode(200)
                .body("tenant.id", equalTo(a.tenantId.toString()));
    }

    @Test
    void anotherBusinesssServiceCannotBeChanged() {
        String before = b.snapshot();

        sameAnswerAsForAnUnknownId(id -> a.admin().body(Map.of("name", "Taken over", "duration_minutes", 60,
                "active", false)).put("/api/services/" + id), b.serviceId)
                .statusCode(404).body("code", equalTo("SERVICE.NOT_FOUND"));

        assertThat(b.snapshot()).isEqualTo(before);
        a.admin().queryParam("include_inactive", "true").get("/api/services").then()
                .body("services.id", contains(a.serviceId));
    }

    @Test
    void anotherBusinesssStaffMemberCannotBeChanged() {
        String before = b.snapshot();

        sameAnswerAsForAnUnknownId(id -> a.admin().body(Map.of("name", "Taken Over", "active", false,
                "service_ids", List.of(a.serviceId))).put("/api/staff/" + id), b.staffId)
                .statusCode(404).body("code", equalTo("STAFF.NOT_FOUND"));

        assertThat(b.snapshot()).isEqualTo(before);
        a.admin().queryParam("include_inactive", "true").get("/api/staff").then()
                .body("staff.id", contains(a.staffId));
    }

    @Test
    void anotherBusinesssServiceCannotBeAssignedToOnesStaff() {
        String beforeA = a.snapshot();
        String beforeB = b.snapshot();

        a.admin().body(Map.of("name", "New Hire", "service_ids", List.of(b.serviceId))).post("/api/staff")
                .then().statusCode(400)
                .body("success", equalTo(false))
                .body("code", equalTo("VALIDATION.FAILED"))
                .body("details.field", equalTo("service_ids"))
                .body("details.message", equalTo("contains an unknown service " + b.serviceId));
        a.admin().body(Map.of("name", "Mia Berger", "service_ids", List.of(a.serviceId, b.serviceId)))
                .put("/api/staff/" + a.staffId)
                .then().statusCode(400)
                .body("details.field", equalTo("service_ids"));

        assertThat(a.snapshot()).isEqualTo(beforeA);
        assertThat(b.snapshot()).isEqualTo(beforeB);
    }

    // --- slots ----------------------------------------------------------------------------------------------------

    @Test
    void slotsOfAnotherBusinesssServiceOrStaffCannotBeListed() {
        for (String status : List.of("", "open", "booked")) {
            sameAnswerAsForAnUnknownId(id -> a.desk().queryParam("service_id", id).queryParam("status", status)
                    .get("/api/slots"), b.serviceId)
                    .statusCode(404).body("code", equalTo("SERVICE.NOT_FOUND"));
            sameAnswerAsForAnUnknownId(id -> a.desk().queryParam("staff_id", id).queryParam("status", status)
                    .get("/api/slots"), b.staffId)
                    .statusCode(404).body("code", equalTo("STAFF.NOT_FOUND"));
        }
    }

    @Test
    void aBusinesssSlotListHoldsOnlyItsOwnSlots() {
        List<String> slots = a.slotIds();
        assertThat(slots).hasSize(1).doesNotContain(bOpenSlot, bBookedSlot);
        assertThat(a.slotIds("open")).doesNotContain(bOpenSlot);
        assertThat(a.slotIds("booked")).doesNotContain(bBookedSlot);
    }

    @Test
    void noSlotCanBeOpenedWithAnotherBusinesssServiceOrStaff() {
        String beforeA = a.snapshot();
        String beforeB = b.snapshot();
        String start = a.nextStart().toString();

        sameAnswerAsForAnUnknownId(id -> a.admin().body(Map.of("service_id", id, "staff_id", a.staffId,
                "start_time", start)).post("/api/slots"), b.serviceId)
                .statusCode(404).body("code", equalTo("SERVICE.NOT_FOUND"));
        sameAnswerAsForAnUnknownId(id -> a.admin().body(Map.of("service_id", a.serviceId, "staff_id", id,
                "start_time", start)).post("/api/slots"), b.staffId)
                .statusCode(404).body("code", equalTo("STAFF.NOT_FOUND"));
        a.admin().body(Map.of("service_id", b.serviceId, "staff_id", b.staffId, "start_time", start))
                .post("/api/slots").then().statusCode(404);

        assertThat(a.snapshot()).isEqualTo(beforeA);
        assertThat(b.snapshot()).isEqualTo(beforeB);
    }

    @Test
    void noWeeklySlotsCanBeOpenedWithAnotherBusinesssServiceOrStaff() {
        String beforeA = a.snapshot();
        String beforeB = b.snapshot();
        LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        Function<Map<String, String>, Map<String, Object>> pattern = ids -> Map.of(
                "service_id", ids.get("service"), "staff_id", ids.get("staff"),
                "from_date", from.toString(), "to_date", from.plusDays(6).toString(),
                "days", List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
                "day_start", "09:00", "day_end", "12:00");

        sameAnswerAsForAnUnknownId(id -> a.admin().body(pattern.apply(Map.of("service", id, "staff", a.staffId)))
                .post("/api/slots/weekly"), b.serviceId)
                .statusCode(404).body("code", equalTo("SERVICE.NOT_FOUND"));
        sameAnswerAsForAnUnknownId(id -> a.admin().body(pattern.apply(Map.of("service", a.serviceId, "staff", id)))
                .post("/api/slots/weekly"), b.staffId)
                .statusCode(404).body("code", equalTo("STAFF.NOT_FOUND"));
        a.admin().body(pattern.apply(Map.of("service", b.serviceId, "staff", b.staffId)))
                .post("/api/slots/weekly").then().statusCode(404);

        assertThat(a.snapshot()).isEqualTo(beforeA);
        assertThat(b.snapshot()).isEqualTo(beforeB);
    }

    @Test
    void anotherBusinesssSlotCannotBeRemoved() {
        String before = b.snapshot();

        for (String slot : List.of(bOpenSlot, bBookedSlot)) {
            sameAnswerAsForAnUnknownId(id -> a.admin().delete("/api/slots/" + id), slot)
                    .statusCode(404).body("code", equalTo("SLOT.NOT_FOUND"));
        }

        assertThat(b.snapshot()).isEqualTo(before);
        assertThat(b.slotIds()).contains(bOpenSlot, bBookedSlot);
    }

    // --- calendar sync and feeds ----------------------------------------------------------------------------------

    @Test
    void anotherBusinesssCalendarJobCannotBeRetried() {
        String before = b.snapshot();

        sameAnswerAsForAnUnknownId(id -> a.admin().post("/api/bookings/" + id + "/calendar/retry"), bBooking)
                .statusCode(404);

        assertThat(b.snapshot()).isEqualTo(before);
    }

    @Test
    void anotherBusinesssStaffCalendarAndFeedCannotBeReadOrChanged() {
        String before = b.snapshot();
        Map<String, String> account = Map.of("caldav_url", "http://localhost:1/dav/", "username", "a",
                "password", "secret");

        sameAnswerAsForAnUnknownId(id -> a.admin().get("/api/staff/" + id + "/calendar"), b.staffId)
                .statusCode(404);
        sameAnswerAsForAnUnknownId(id -> a.admin().body(account).put("/api/staff/" + id + "/calendar"), b.staffId)
                .statusCode(404);
        sameAnswerAsForAnUnknownId(id -> a.admin().delete("/api/staff/" + id + "/calendar"), b.staffId)
                .statusCode(404);
        sameAnswerAsForAnUnknownId(id -> a.admin().post("/api/staff/" + id + "/feed"), b.staffId)
                .statusCode(404);

        assertThat(b.snapshot()).isEqualTo(before);
        b.admin().get("/api/staff/" + b.staffId + "/calendar").then().statusCode(200)
                .body("calendar.caldavConnected", equalTo(false))
                .body("calendar.feedEnabled", equalTo(false));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /**
     * Sends {@code request} with another business's id and with an id that never existed, and asserts both answers
     * are identical, status and body, so that nothing tells the two apart.
     */
    private static ValidatableResponse sameAnswerAsForAnUnknownId(Function<String, Response> request,
            String foreignId) {
        Response foreign = request.apply(foreignId);
        Response unknown = request.apply(UUID.randomUUID().toString());
        assertThat(foreign.statusCode()).isEqualTo(unknown.statusCode());
        assertThat(foreign.asString()).isEqualTo(unknown.asString()).doesNotContain(foreignId);
        return foreign.then().body("success", equalTo(false));
    }
}
