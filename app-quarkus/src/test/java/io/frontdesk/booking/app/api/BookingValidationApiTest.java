package io.frontdesk.booking.app.api;

import static io.frontdesk.booking.app.api.ErrorEnvelope.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.frontdesk.booking.app.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the bookings API: every refusal is a 400 in the seed's envelope that names the offending field as the
 * client sent it, lists every invalid field, and leaves the business exactly as it was.
 */
@QuarkusTest
class BookingValidationApiTest {

    private static final String SOME_UUID = "3f1f7a52-6a4b-4f44-9c38-0d8f3f1e2b11";

    @AfterEach
    void releaseTheClock() {
        TestClock.release();
    }

    // --- POST /api/bookings -------------------------------------------------------------------------------------

    static Stream<Arguments> invalidCreateBodies() {
        return Stream.of(
                arguments("without slot_id", change(b -> b.remove("slot_id")), "slot_id"),
                arguments("without customer_name", change(b -> b.remove("customer_name")), "customer_name"),
                arguments("without customer_phone", change(b -> b.remove("customer_phone")), "customer_phone"),
                arguments("without booking_source", change(b -> b.remove("booking_source")), "booking_source"),
                arguments("booking_source null", change(b -> b.put("booking_source", null)), "booking_source"),
                arguments("blank customer_name", change(b -> b.put("customer_name", "   ")), "customer_name"),
                arguments("customer_name of 1 character", change(b -> b.put("customer_name", "A")), "customer_name"),
                arguments("customer_name of 101 characters", change(b -> b.put("customer_name", "a".repeat(101))),
                        "customer_name"),
                arguments("customer_phone 12", change(b -> b.put("customer_phone", "12")), "customer_phone"),
                arguments("customer_phone 'call me'", change(b -> b.put("customer_phone", "call me")),
                        "customer_phone"),
                arguments("customer_email without domain", change(b -> b.put("customer_email", "dana@")),
                        "customer_email"),
                arguments("customer_email with blanks", change(b -> b.put("customer_email", "dana at example.com")),
                        "customer_email"),
                arguments("booking_source waitlist", change(b -> b.put("booking_source", "waitlist")),
                        "booking_source"),
                arguments("booking_source phone (unknown)", change(b -> b.put("booking_source", "phone")),
                        "booking_source"),
                arguments("malformed slot_id", change(b -> b.put("slot_id", "not-a-uuid")), "slot_id"),
                arguments("customer_name a number", change(b -> b.put("customer_name", 123)), "customer_name"),
                arguments("slot_id a boolean", change(b -> b.put("slot_id", true)), "slot_id"),
                arguments("customer_phone an object",
                        change(b -> b.put("customer_phone", Map.of("number", "+1 201 555 0123"))), "customer_phone"),
                arguments("customer_phone an array",
                        change(b -> b.put("customer_phone", List.of("+1 201 555 0123"))), "customer_phone"),
                arguments("an unknown field", change(b -> b.put("notes", "window seat")), "notes"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {2}")
    @MethodSource("invalidCreateBodies")
    void anInvalidCreateRequestNamesTheFieldAndBooksNothing(String description,
            Consumer<Map<String, Object>> change, String field) {
        Business business = Business.open();
        String slotId = business.slot();
        Map<String, Object> body = business.bookingRequest(slotId);
        change.accept(body);

        invalid(business.desk().body(body).post("/api/bookings"), field);

        assertNothingBooked(business, slotId);
    }

    static Stream<Arguments> unreadableCreateBodies() {
        return Stream.of(
                arguments("form-encoded text", "slot_id=abc&customer_name=Dana"),
                arguments("truncated JSON", "{\"slot_id\": \"" + SOME_UUID + "\", \"customer_name\": "),
                arguments("a JSON array", "[]"),
                arguments("a JSON string", "\"book me\""));
    }

    @ParameterizedTest(name = "a body that is {0} → 400 naming body")
    @MethodSource("unreadableCreateBodies")
    void aBodyThatIsNotABookingRequestIsRefusedAsBody(String description, String rawBody) {
        Business business = Business.open();
        String slotId = business.slot();

        invalid(business.desk().body(rawBody).post("/api/bookings"), "body");

        assertNothingBooked(business, slotId);
    }

    @Test
    void anEmptyBodyIsRefusedAsMissingEveryRequiredField() {
        Business business = Business.open();
        String slotId = business.slot();

        invalid(business.desk().post("/api/bookings"), "slot_id")
                .body("violations.field",
                        containsInAnyOrder("slot_id", "customer_name", "customer_phone", "booking_source"));
        invalid(business.desk().body("{}").post("/api/bookings"), "slot_id")
                .body("violations.field",
                        containsInAnyOrder("slot_id", "customer_name", "customer_phone", "booking_source"));

        assertNothingBooked(business, slotId);
    }

    @Test
    void everyInvalidCustomerFieldIsListedAtOnce() {
        Business business = Business.open();
        String slotId = business.slot();
        Map<String, Object> body = business.bookingRequest(slotId);
        body.put("customer_name", "A");
        body.put("customer_phone", "12");
        body.put("customer_email", "nope");
        body.put("booking_source", "waitlist");

        Response response = business.desk().body(body).post("/api/bookings");

        invalid(response, response.path("violations[0].field"))
                .body("violations", hasSize(4))
                .body("violations.field",
                        containsInAnyOrder("customer_name", "customer_phone", "customer_email", "booking_source"));
        assertNothingBooked(business, slotId);
    }

    @Test
    void malformedIdsAndSourcesAreListedTogetherWithTheCustomersFaults() {
        Business business = Business.open();
        String slotId = business.slot();
        Map<String, Object> body = business.bookingRequest(slotId);
        body.put("slot_id", "not-a-uuid");
        body.put("booking_source", "phone");
        body.put("customer_name", "A");
        body.put("customer_phone", "call me");

        invalid(business.desk().body(body).post("/api/bookings"), "slot_id")
                .body("violations", hasSize(4))
                .body("violations.field",
                        containsInAnyOrder("slot_id", "booking_source", "customer_name", "customer_phone"));
        assertNothingBooked(business, slotId);
    }

    @Test
    void anUnknownSourceIsRefusedWithTheSourcesStaffMayChoose() {
        Business business = Business.open();
        String slotId = business.slot();

        for (String source : List.of("phone", "waitlist")) {
            Map<String, Object> body = business.bookingRequest(slotId);
            body.put("booking_source", source);
            invalid(business.desk().body(body).post("/api/bookings"), "booking_source")
                    .body("details.message", equalTo("must be one of direct, walk_in, manual"));
        }
        assertNothingBooked(business, slotId);
    }

    @Test
    void aSlotThatHasStartedCannotBeBooked() {
        Business business = Business.open();
        Instant start = business.nextStart();
        String slotId = business.slotAt(start);

        TestClock.pin(start.plus(Duration.ofMinutes(1)));
        try {
            business.desk().body(business.bookingRequest(slotId)).post("/api/bookings")
                    .then().statusCode(400)
                    .body("success", equalTo(false))
                    .body("error", equalTo("Slot is not available"))
                    .body("code", equalTo("SLOT.IN_THE_PAST"))
                    .body("message", not(emptyOrNullString()));
        } finally {
            TestClock.release();
        }

        assertNothingBooked(business, slotId);
    }

    // --- PATCH /api/bookings/{id} ---------------------------------------------------------------------------------

    static Stream<Arguments> invalidStatusChanges() {
        return Stream.of(
                arguments("status done (unknown)", "{\"status\": \"done\"}", "status"),
                arguments("no status", "{}", "status"),
                arguments("status null", "{\"status\": null}", "status"),
                arguments("status a number", "{\"status\": 2}", "status"),
                arguments("a reason when completing",
                        "{\"status\": \"completed\", \"cancellation_reason\": \"Feeling ill\"}", "cancellation_reason"),
                arguments("a reason when marking no-show",
                        "{\"status\": \"no_show\", \"cancellation_reason\": \"Feeling ill\"}", "cancellation_reason"),
                arguments("a reason of 501 characters",
                        "{\"status\": \"canceled\", \"cancellation_reason\": \"" + "r".repeat(501) + "\"}",
                        "cancellation_reason"),
                arguments("an unknown field", "{\"status\": \"canceled\", \"reason\": \"Feeling ill\"}", "reason"),
                arguments("text that is not JSON", "status=canceled", "body"),
                arguments("an empty body", "", "status"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {2}")
    @MethodSource("invalidStatusChanges")
    void anInvalidStatusChangeNamesTheFieldAndChangesNothing(String description, String rawBody, String field) {
        Business business = Business.open();
        String id = business.booking();

        invalid(business.desk().body(rawBody).patch("/api/bookings/" + id), field);

        assertUnchanged(business, id);
    }

    @Test
    void aMalformedBookingIdInThePathIsRefusedAsId() {
        Business business = Business.open();
        String id = business.booking();

        for (String malformed : List.of("not-a-uuid", "12345", id + "0")) {
            invalid(business.desk().get("/api/bookings/" + malformed), "id");
            invalid(business.desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + malformed), "id");
        }

        assertThat(business.bookingCount()).isEqualTo(1);
        assertUnchanged(business, id);
    }

    // --- GET /api/bookings and /api/bookings/stats ----------------------------------------------------------------

    static Stream<Arguments> invalidListQueries() {
        return Stream.of(
                arguments(Map.of("start_date", "2026-13-01"), "start_date"),
                arguments(Map.of("start_date", "29.03.2026"), "start_date"),
                arguments(Map.of("end_date", "2026-02-30"), "end_date"),
                arguments(Map.of("start_date", "2026-03-10", "end_date", "2026-03-09"), "end_date"),
                arguments(Map.of("page", "0"), "page"),
                arguments(Map.of("page", "-1"), "page"),
                arguments(Map.of("page", "abc"), "page"),
                arguments(Map.of("page", "1.5"), "page"),
                arguments(Map.of("limit", "0"), "limit"),
                arguments(Map.of("limit", "101"), "limit"),
                arguments(Map.of("limit", "ten"), "limit"),
                arguments(Map.of("status", "bogus"), "status"),
                arguments(Map.of("status", "Confirmed"), "status"),
                arguments(Map.of("source", "bogus"), "source"),
                arguments(Map.of("service_id", "not-a-uuid"), "service_id"),
                arguments(Map.of("staff_id", "not-a-uuid"), "staff_id"),
                arguments(Map.of("sort", "price"), "sort"),
                arguments(Map.of("search", "x".repeat(101)), "search"));
    }

    @ParameterizedTest(name = "GET /api/bookings?{0} → 400 naming {1}")
    @MethodSource("invalidListQueries")
    void anInvalidListQueryNamesTheParameter(Map<String, String> query, String field) {
        Business business = Business.open();

        invalid(business.desk().queryParams(query).get("/api/bookings"), field);
    }

    @Test
    void everyMalformedListParameterIsListedAtOnce() {
        Business business = Business.open();

        invalid(business.desk().queryParams(Map.of("status", "bogus", "source", "bogus", "service_id", "x",
                "start_date", "2026-13-01", "page", "abc")).get("/api/bookings"), "start_date")
                .body("violations.field",
                        containsInAnyOrder("start_date", "service_id", "status", "source", "page"));
    }

    @Test
    void outOfRangeValuesAreListedTogetherWithMalformedOnes() {
        Business business = Business.open();

        invalid(business.desk().queryParams(Map.of("status", "bogus", "page", "0", "limit", "101",
                "start_date", "2026-05-02", "end_date", "2026-05-01")).get("/api/bookings"), "status")
                .body("violations.field", containsInAnyOrder("status", "page", "limit", "end_date"));
    }

    @Test
    void theLongestSearchAndTheLargestPageAreAccepted() {
        Business business = Business.open();
        business.booking();

        business.desk().queryParams(Map.of("search", "x".repeat(100), "limit", "100", "page", "1"))
                .get("/api/bookings").then().statusCode(200)
                .body("bookings", hasSize(0))
                .body("pagination.limit", equalTo(100));
    }

    static Stream<Arguments> invalidStatsQueries() {
        return Stream.of(
                arguments(Map.of("start_date", "2026-13-01"), "start_date"),
                arguments(Map.of("start_date", "2026-03-29T00:00:00Z"), "start_date"),
                arguments(Map.of("end_date", "tomorrow"), "end_date"),
                arguments(Map.of("start_date", "2026-03-10", "end_date", "2026-03-09"), "end_date"));
    }

    @ParameterizedTest(name = "GET /api/bookings/stats?{0} → 400 naming {1}")
    @MethodSource("invalidStatsQueries")
    void anInvalidStatsQueryNamesTheParameter(Map<String, String> query, String field) {
        Business business = Business.open();

        invalid(business.desk().queryParams(query).get("/api/bookings/stats"), field);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** Answers the change itself, so that argument lists read as "what is wrong with the body". */
    private static Consumer<Map<String, Object>> change(Consumer<Map<String, Object>> change) {
        return change;
    }

    private static void assertNothingBooked(Business business, String slotId) {
        assertThat(business.bookingCount()).isZero();
        assertThat(business.slotIds("open")).contains(slotId);
        assertThat(business.slotIds("booked")).isEmpty();
    }

    private static void assertUnchanged(Business business, String bookingId) {
        business.desk().get("/api/bookings/" + bookingId).then().statusCode(200)
                .body("booking.status", equalTo("confirmed"))
                .body("booking.cancellationReason", equalTo(null))
                .body("booking.slotDetails.status", equalTo("booked"))
                .body("booking.auditTrail", hasSize(1));
    }
}
