package io.frontdesk.booking.app.api;

import static io.frontdesk.booking.app.api.ErrorEnvelope.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.frontdesk.booking.app.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What admins maintain: services, staff, slots (one by one and by weekly pattern) and the business's settings;
 * what the desk reads of it; and that nobody without the admin role changes any of it.
 */
@QuarkusTest
class CatalogAndSlotsApiTest {

    @AfterEach
    void releaseTheClock() {
        TestClock.release();
    }

    // --- services -------------------------------------------------------------------------------------------------

    @Test
    void createsAServiceAnsweringInCamelCase() {
        Business business = Business.open();

        String id = business.admin().body(Map.of("name", "Colour", "duration_minutes", 90, "price_minor", 12050,
                "currency", "EUR")).post("/api/services")
                .then().statusCode(201)
                .body("success", equalTo(true))
                .body("service.id", notNullValue())
                .body("service.name", equalTo("Colour"))
                .body("service.durationMinutes", equalTo(90))
                .body("service.priceMinor", equalTo(12050))
                .body("service.price", equalTo(120.5f))
                .body("service.currency", equalTo("EUR"))
                .body("service.active", equalTo(true))
                .body("service.duration_minutes", nullValue())
                .body("service.price_minor", nullValue())
                .extract().path("service.id");

        business.desk().get("/api/services").then().statusCode(200)
                .body("services.name", contains("Colour", "Haircut"))
                .body("services.find { it.id == '" + id + "' }.durationMinutes", equalTo(90));
    }

    @ParameterizedTest(name = "{0} {1} minor units are {2}")
    @CsvSource({"USD, 4550, 45.50", "JPY, 1500, 1500", "KWD, 12345, 12.345", "EUR, 0, 0.00"})
    void thePriceIsAnsweredInTheCurrencysMajorUnit(String currency, long minor, String major) {
        Business business = Business.open();

        String body = business.admin().body(Map.of("name", "Consultation", "duration_minutes", 30,
                "price_minor", minor, "currency", currency)).post("/api/services")
                .then().statusCode(201).extract().asString();

        assertThat(body).contains("\"price\":" + major + ",", "\"priceMinor\":" + minor + ",");
    }

    @Test
    void updatesAServiceReplacingEveryField() {
        Business business = Business.open();

        business.admin().body(Map.of("name", "Long haircut", "duration_minutes", 45))
                .put("/api/services/" + business.serviceId)
                .then().statusCode(200)
                .body("success", equalTo(true))
                .body("service.id", equalTo(business.serviceId))
                .body("service.name", equalTo("Long haircut"))
                .body("service.durationMinutes", equalTo(45))
                .body("service.priceMinor", nullValue())
                .body("service.price", nullValue())
                .body("service.currency", nullValue())
                .body("service.active", equalTo(true));

        business.desk().get("/api/services").then()
                .body("services", hasSize(1))
                .body("services[0].name", equalTo("Long haircut"))
                .body("services[0].price", nullValue());
        Instant start = business.nextStart();
        Response slot = slotRequest(business, business.staffId, start);
        slot.then().statusCode(201);
        assertThat(instant(slot, "slot.endTime")).isEqualTo(start.plus(Duration.ofMinutes(45)));
    }

    @Test
    void aDeactivatedServiceIsListedOnlyWhenInactiveOnesAreAskedFor() {
        Business business = Business.open();
        String slot = business.slot();

        business.admin().body(Map.of("name", "Haircut", "duration_minutes", 30, "active", false))
                .put("/api/services/" + business.serviceId)
                .then().statusCode(200).body("service.active", equalTo(false));

        business.desk().get("/api/services").then().statusCode(200).body("services", hasSize(0));
        business.desk().queryParam("include_inactive", "false").get("/api/services").then()
                .body("services", hasSize(0));
        business.desk().queryParam("include_inactive", "true").get("/api/services").then().statusCode(200)
                .body("services.id", contains(business.serviceId))
                .body("services[0].active", equalTo(false));
        assertThat(business.slotIds("open")).isEmpty();
        assertThat(business.slotIds()).containsExactly(slot);
        business.desk().queryParam("include_inactive", "maybe").get("/api/services").then().statusCode(400)
                .body("details.field", equalTo("include_inactive"));
    }

    static Stream<Arguments> invalidServices() {
        return Stream.of(
                arguments(Map.of("duration_minutes", 30), "name"),
                arguments(Map.of("name", " ", "duration_minutes", 30), "name"),
                arguments(Map.of("name", "x".repeat(101), "duration_minutes", 30), "name"),
                arguments(Map.of("name", "Colour"), "duration_minutes"),
                arguments(Map.of("name", "Colour", "duration_minutes", 0), "duration_minutes"),
                arguments(Map.of("name", "Colour", "duration_minutes", 1441), "duration_minutes"),
                arguments(Map.of("name", "Colour", "duration_minutes", "30"), "duration_minutes"),
                arguments(Map.of("name", "Colour", "duration_minutes", 30.5), "duration_minutes"),
                arguments(Map.of("name", "Colour", "duration_minutes", 30, "price_minor", -1, "currency", "EUR"),
                        "price_minor"),
                arguments(Map.of("name", "Colour", "duration_minutes", 30, "currency", "EUR"), "price_minor"),
                arguments(Map.of("name", "Colour", "duration_minutes", 30, "price_minor", 100), "currency"),
                arguments(Map.of("name", "Colour", "duration_minutes", 30, "price_minor", 100, "currency", "EURO"),
                        "currency"),
                arguments(Map.of("name", "Colour", "duration_minutes", 30, "price_minor", 100, "currency", "XYZ"),
                        "currency"),
                arguments(Map.of("name", "Colour", "duration_minutes", 30, "active", "yes"), "active"),
                arguments(Map.of("name", "Colour", "duration_minutes", 30, "colour", "red"), "colour"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("invalidServices")
    void anInvalidServiceIsRefusedNamingTheFieldAndNothingChanges(Map<String, Object> body, String field) {
        Business business = Business.open();
        String before = business.snapshot();

        invalid(business.admin().body(body).post("/api/services"), field);
        invalid(business.admin().body(body).put("/api/services/" + business.serviceId), field);

        assertThat(business.snapshot()).isEqualTo(before);
    }

    @Test
    void aServiceIsChangedOnlyByAWellFormedKnownId() {
        Business business = Business.open();
        Map<String, Object> body = Map.of("name", "Colour", "duration_minutes", 30);

        invalid(business.admin().body(body).put("/api/services/not-a-uuid"), "id");
        business.admin().body(body).put("/api/services/" + UUID.randomUUID()).then().statusCode(404)
                .body("success", equalTo(false))
                .body("code", equalTo("SERVICE.NOT_FOUND"))
                .body("error", equalTo("Service not found"));
        business.admin().queryParam("include_inactive", "true").get("/api/services").then()
                .body("services.name", contains("Haircut"));
    }

    // --- staff ----------------------------------------------------------------------------------------------------

    @Test
    void createsAndUpdatesAStaffMemberWithTheServicesTheyPerform() {
        Business business = Business.open();
        String colour = service(business, "Colour", 60);

        String jo = business.admin().body(Map.of("name", "  Jo   Kim ", "role", "Colourist",
                "email", "Jo.Kim@Example.COM", "service_ids", List.of(colour, business.serviceId)))
                .post("/api/staff")
                .then().statusCode(201)
                .body("success", equalTo(true))
                .body("staffMember.id", notNullValue())
                .body("staffMember.name", equalTo("Jo Kim"))
                .body("staffMember.role", equalTo("Colourist"))
                .body("staffMember.email", equalTo("Jo.Kim@example.com"))
                .body("staffMember.active", equalTo(true))
                .body("staffMember.serviceIds", containsInAnyOrder(colour, business.serviceId))
                .body("staffMember.service_ids", nullValue())
                .extract().path("staffMember.id");

        business.admin().body(Map.of("name", "Jo Kim", "service_ids", List.of(colour))).put("/api/staff/" + jo)
                .then().statusCode(200)
                .body("success", equalTo(true))
                .body("staffMember.id", equalTo(jo))
                .body("staffMember.role", nullValue())
                .body("staffMember.email", nullValue())
                .body("staffMember.serviceIds", contains(colour));

        business.desk().get("/api/staff").then().statusCode(200).body("staff.name", contains("Jo Kim", "Mia Berger"));
    }

    @Test
    void staffAreListedByTheServiceTheyPerformAndInactiveOnesOnlyWhenAskedFor() {
        Business business = Business.open();
        String colour = service(business, "Colour", 60);
        String jo = staff(business, "Jo Kim", colour, business.serviceId);

        business.desk().queryParam("service_id", colour).get("/api/staff").then().statusCode(200)
                .body("staff.id", contains(jo));
        business.desk().queryParam("service_id", business.serviceId).get("/api/staff").then().statusCode(200)
                .body("staff.id", contains(jo, business.staffId));

        business.admin().body(Map.of("name", "Jo Kim", "active", false, "service_ids", List.of(colour)))
                .put("/api/staff/" + jo).then().statusCode(200).body("staffMember.active", equalTo(false));

        business.desk().queryParam("service_id", colour).get("/api/staff").then().body("staff", hasSize(0));
        business.desk().queryParams(Map.of("service_id", colour, "include_inactive", "true")).get("/api/staff")
                .then().body("staff.id", contains(jo)).body("staff[0].active", equalTo(false));
        business.desk().get("/api/staff").then().body("staff.id", contains(business.staffId));
        business.desk().queryParam("service_id", "not-a-uuid").get("/api/staff").then().statusCode(400)
                .body("details.field", equalTo("service_id"));
        business.desk().queryParam("service_id", UUID.randomUUID().toString()).get("/api/staff").then()
                .statusCode(404).body("code", equalTo("SERVICE.NOT_FOUND"));
    }

    static Stream<Arguments> invalidStaff() {
        String unknown = UUID.randomUUID().toString();
        return Stream.of(
                arguments(Map.of("role", "Stylist"), "name"),
                arguments(Map.of("name", "J"), "name"),
                arguments(Map.of("name", "x".repeat(101)), "name"),
                arguments(Map.of("name", "Jo Kim", "role", "x".repeat(101)), "role"),
                arguments(Map.of("name", "Jo Kim", "email", "jo@"), "email"),
                arguments(Map.of("name", "Jo Kim", "service_ids", List.of("not-a-uuid")), "service_ids[0]"),
                arguments(Map.of("name", "Jo Kim", "service_ids", List.of(unknown)), "service_ids"),
                arguments(Map.of("name", "Jo Kim", "service_ids", "all"), "service_ids"),
                arguments(Map.of("name", "Jo Kim", "active", 1), "active"),
                arguments(Map.of("name", "Jo Kim", "phone", "+1 201 555 0100"), "phone"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("invalidStaff")
    void anInvalidStaffMemberIsRefusedNamingTheFieldAndNothingChanges(Map<String, Object> body, String field) {
        Business business = Business.open();
        String before = business.snapshot();

        invalid(business.admin().body(body).post("/api/staff"), field);
        invalid(business.admin().body(body).put("/api/staff/" + business.staffId), field);

        assertThat(business.snapshot()).isEqualTo(before);
    }

    @Test
    void aStaffMemberIsChangedOnlyByAWellFormedKnownId() {
        Business business = Business.open();
        Map<String, Object> body = Map.of("name", "Jo Kim");

        invalid(business.admin().body(body).put("/api/staff/not-a-uuid"), "id");
        business.admin().body(body).put("/api/staff/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("STAFF.NOT_FOUND"));
        business.admin().get("/api/staff").then().body("staff.name", contains("Mia Berger"));
    }

    // --- slots ----------------------------------------------------------------------------------------------------

    @Test
    void aSlotEndsAfterTheServicesDurationUnlessAnEndIsGiven() {
        Business business = Business.open();
        Instant start = business.nextStart();

        Response created = business.admin().body(Map.of("service_id", business.serviceId,
                "staff_id", business.staffId, "start_time", start.toString())).post("/api/slots");
        created.then().statusCode(201)
                .body("success", equalTo(true))
                .body("slot.id", notNullValue())
                .body("slot.serviceId", equalTo(business.serviceId))
                .body("slot.staffId", equalTo(business.staffId))
                .body("slot.staffName", equalTo("Mia Berger"))
                .body("slot.status", equalTo("open"))
                .body("slot.heldUntil", nullValue());
        assertThat(instant(created, "slot.startTime")).isEqualTo(start);
        assertThat(instant(created, "slot.endTime")).isEqualTo(start.plus(Duration.ofMinutes(30)));

        Instant later = start.plus(Duration.ofHours(2));
        Response explicit = business.admin().body(Map.of("service_id", business.serviceId,
                "staff_id", business.staffId, "start_time", later.atOffset(ZoneOffset.ofHours(2)).toString(),
                "end_time", later.plus(Duration.ofMinutes(45)).atOffset(ZoneOffset.ofHours(-5)).toString()))
                .post("/api/slots");
        explicit.then().statusCode(201);
        assertThat(instant(explicit, "slot.startTime")).isEqualTo(later);
        assertThat(instant(explicit, "slot.endTime")).isEqualTo(later.plus(Duration.ofMinutes(45)));

        assertThat(business.slotIds("open"))
                .containsExactly(created.path("slot.id"), explicit.path("slot.id"));
    }

    @Test
    void slotsOfOneStaffMemberMayNotOverlapButMayFollowEachOther() {
        Business business = Business.open();
        Instant start = business.nextStart();
        business.slotAt(start);
        String jo = staff(business, "Jo Kim", business.serviceId);

        invalid(slotRequest(business, business.staffId, start.plus(Duration.ofMinutes(15))), "start_time");
        invalid(slotRequest(business, business.staffId, start.minus(Duration.ofMinutes(29))), "start_time");
        invalid(slotRequest(business, business.staffId, start), "start_time");
        assertThat(business.slotIds()).hasSize(1);

        slotRequest(business, business.staffId, start.plus(Duration.ofMinutes(30))).then().statusCode(201);
        slotRequest(business, business.staffId, start.minus(Duration.ofMinutes(30))).then().statusCode(201);
        slotRequest(business, jo, start).then().statusCode(201);
        assertThat(business.slotIds()).hasSize(4);
    }

    static Stream<Arguments> invalidSlots() {
        Function<Business, Map<String, Object>> valid = b -> new HashMap<>(Map.of("service_id", b.serviceId,
                "staff_id", b.staffId, "start_time", b.nextStart().toString()));
        return Stream.of(
                arguments("a start in the past", slot(valid, (b, s) -> s.put("start_time",
                        Instant.now().minus(Duration.ofHours(1)).toString())), "start_time"),
                arguments("no start", slot(valid, (b, s) -> s.remove("start_time")), "start_time"),
                arguments("a start without offset", slot(valid, (b, s) -> s.put("start_time", "2030-03-18T09:00")),
                        "start_time"),
                arguments("a start that is no time", slot(valid, (b, s) -> s.put("start_time", "tomorrow 9am")),
                        "start_time"),
                arguments("an end before the start", slot(valid, (b, s) -> s.put("end_time",
                        Instant.parse((String) s.get("start_time")).minus(Duration.ofMinutes(5)).toString())),
                        "end_time"),
                arguments("an end over 24 hours later", slot(valid, (b, s) -> s.put("end_time",
                        Instant.parse((String) s.get("start_time")).plus(Duration.ofHours(25)).toString())),
                        "end_time"),
                arguments("no service_id", slot(valid, (b, s) -> s.remove("service_id")), "service_id"),
                arguments("a malformed staff_id", slot(valid, (b, s) -> s.put("staff_id", "mia")), "staff_id"),
                arguments("a staff member who does not perform the service", slot(valid, (b, s) -> s.put("service_id",
                        service(b, "Colour", 60))), "staff_id"),
                arguments("an inactive service", slot(valid, (b, s) -> b.admin().body(Map.of("name", "Haircut",
                        "duration_minutes", 30, "active", false)).put("/api/services/" + b.serviceId)
                        .then().statusCode(200)), "service_id"),
                arguments("an inactive staff member", slot(valid, (b, s) -> b.admin().body(Map.of("name",
                        "Mia Berger", "active", false, "service_ids", List.of(b.serviceId)))
                        .put("/api/staff/" + b.staffId).then().statusCode(200)), "staff_id"),
                arguments("an unknown field", slot(valid, (b, s) -> s.put("duration_minutes", 30)),
                        "duration_minutes"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {2}")
    @MethodSource("invalidSlots")
    void anInvalidSlotIsRefusedNamingTheFieldAndNothingIsOpened(String description,
            Function<Business, Map<String, Object>> request, String field) {
        Business business = Business.open();
        Map<String, Object> body = request.apply(business);
        String before = business.snapshot();

        invalid(business.admin().body(body).post("/api/slots"), field);

        assertThat(business.snapshot()).isEqualTo(before);
    }

    @Test
    void weeklySlotsLandAtTheBusinesssWallClockTimeInWinterAndSummer() {
        Business business = Business.open("Europe/Berlin", "DE");
        TestClock.pin(Instant.parse("2030-03-01T00:00:00Z"));

        Response response = business.admin().body(weekly(business, "2030-03-18", "2030-04-08", "09:00", "10:00",
                "monday")).post("/api/slots/weekly");

        response.then().statusCode(201)
                .body("success", equalTo(true))
                .body("created", hasSize(8))
                .body("skippedPast", equalTo(0))
                .body("skippedOverlapping", equalTo(0));
        List<Instant> expected = Stream.of(
                // Central European Time (UTC+1) until the last Sunday of March...
                "2030-03-18T08:00:00Z", "2030-03-18T08:30:00Z", "2030-03-25T08:00:00Z", "2030-03-25T08:30:00Z",
                // ...then summer time (UTC+2).
                "2030-04-01T07:00:00Z", "2030-04-01T07:30:00Z", "2030-04-08T07:00:00Z", "2030-04-08T07:30:00Z")
                .map(Instant::parse).toList();
        assertThat(instants(response, "created.startTime")).isEqualTo(expected);
        assertThat(instants(response, "created.endTime"))
                .isEqualTo(expected.stream().map(t -> t.plus(Duration.ofMinutes(30))).toList());

        Response listed = business.desk().queryParams(Map.of("from", "2030-03-18", "to", "2030-04-08",
                "status", "open")).get("/api/slots");
        listed.then().statusCode(200).body("slots.staffName", everyItem(equalTo("Mia Berger")));
        assertThat(instants(listed, "slots.startTime")).isEqualTo(expected);
    }

    @Test
    void weeklySlotsSkipAndCountTheStartedAndTheOverlapping() {
        Business business = Business.open("Europe/Berlin", "DE");
        // Monday 18 March 2030, 09:15 in Berlin: the 09:00 slot has started, the 09:30 one has not.
        TestClock.pin(Instant.parse("2030-03-18T08:15:00Z"));
        business.slotAt(Instant.parse("2030-03-25T08:40:00Z"));
        Map<String, Object> pattern = weekly(business, "2030-03-18", "2030-03-25", "09:00", "10:00", "monday");

        Response first = business.admin().body(pattern).post("/api/slots/weekly");

        first.then().statusCode(201)
                .body("skippedPast", equalTo(1))
                .body("skippedOverlapping", equalTo(1));
        assertThat(instants(first, "created.startTime")).containsExactly(
                Instant.parse("2030-03-18T08:30:00Z"), Instant.parse("2030-03-25T08:00:00Z"));

        business.admin().body(pattern).post("/api/slots/weekly").then().statusCode(201)
                .body("created", hasSize(0))
                .body("skippedPast", equalTo(1))
                .body("skippedOverlapping", equalTo(3));
        business.desk().queryParams(Map.of("from", "2030-03-18", "to", "2030-03-25")).get("/api/slots")
                .then().statusCode(200).body("slots", hasSize(3));
    }

    static Stream<Arguments> invalidWeeklyPatterns() {
        return Stream.of(
                arguments(Map.of("to_date", "2030-03-17"), "to_date"),
                arguments(Map.of("to_date", "2030-06-18"), "to_date"),
                arguments(Map.of("from_date", "18.03.2030"), "from_date"),
                arguments(Map.of("days", List.of()), "days"),
                arguments(Map.of("days", List.of("monday", "funday")), "days[1]"),
                arguments(Map.of("day_end", "09:00"), "day_end"),
                arguments(Map.of("day_start", "9 am"), "day_start"),
                arguments(Map.of("staff_id", "mia"), "staff_id"),
                arguments(Map.of("days", "monday"), "days"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("invalidWeeklyPatterns")
    void anInvalidWeeklyPatternIsRefusedNamingTheFieldAndNothingIsOpened(Map<String, Object> change,
            String field) {
        Business business = Business.open();
        TestClock.pin(Instant.parse("2030-03-01T00:00:00Z"));
        Map<String, Object> pattern = weekly(business, "2030-03-18", "2030-04-08", "09:00", "17:00", "monday");
        pattern.putAll(change);

        invalid(business.admin().body(pattern).post("/api/slots/weekly"), field);

        business.desk().queryParams(Map.of("from", "2030-03-01", "to", "2030-04-30")).get("/api/slots")
                .then().statusCode(200).body("slots", hasSize(0));
    }

    @Test
    void anOpenSlotIsRemoved() {
        Business business = Business.open();
        String slot = business.slot();
        String other = business.slot();

        business.admin().delete("/api/slots/" + slot).then().statusCode(204);

        assertThat(business.slotIds()).containsExactly(other);
        business.admin().delete("/api/slots/" + slot).then().statusCode(404)
                .body("code", equalTo("SLOT.NOT_FOUND"));
        invalid(business.admin().delete("/api/slots/not-a-uuid"), "id");
        assertThat(business.slotIds()).containsExactly(other);
    }

    @Test
    void aSlotWithABookingIsNotRemoved() {
        Business business = Business.open();
        String booked = business.slot();
        business.book(business.bookingRequest(booked));
        String released = business.slot();
        String canceled = business.book(business.bookingRequest(released));
        business.desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + canceled).then().statusCode(200);
        String before = business.snapshot();

        for (String slot : List.of(booked, released)) {
            business.admin().delete("/api/slots/" + slot).then().statusCode(409)
                    .body("success", equalTo(false))
                    .body("code", equalTo("SLOT.TRANSITION_REFUSED"))
                    .body("message", not(emptyOrNullString()));
        }

        assertThat(business.snapshot()).isEqualTo(before);
        assertThat(business.slotIds()).containsExactly(booked, released);
    }

    @Test
    void onlyBookableSlotsAreOpen() {
        Business business = Business.open();
        Instant start = business.nextStart();
        String open = business.slotAt(start);
        String booked = business.slot();
        business.book(business.bookingRequest(booked));
        String colour = service(business, "Colour", 30);
        String jo = staff(business, "Jo Kim", colour);
        String ofInactiveService = slotRequest(business, colour, jo, business.nextStart())
                .then().statusCode(201).extract().path("slot.id");
        String ana = staff(business, "Ana Lopez", business.serviceId);
        String ofInactiveStaff = slotRequest(business, ana, business.nextStart())
                .then().statusCode(201).extract().path("slot.id");
        business.admin().body(Map.of("name", "Colour", "duration_minutes", 30, "active", false))
                .put("/api/services/" + colour).then().statusCode(200);
        business.admin().body(Map.of("name", "Ana Lopez", "active", false, "service_ids", List.of(business.serviceId)))
                .put("/api/staff/" + ana).then().statusCode(200);

        assertThat(business.slotIds("open")).containsExactly(open);
        assertThat(business.slotIds("booked")).containsExactly(booked);
        assertThat(business.slotIds()).containsExactly(open, booked, ofInactiveService, ofInactiveStaff);
        business.desk().queryParams(Map.of("service_id", colour, "status", "open")).get("/api/slots").then()
                .statusCode(200).body("slots", hasSize(0));

        String from = start.minus(Duration.ofHours(1)).toString();
        TestClock.pin(start.plus(Duration.ofMinutes(1)));
        business.desk().queryParams(Map.of("from", from, "status", "open")).get("/api/slots").then()
                .statusCode(200).body("slots", hasSize(0));
        business.desk().queryParams(Map.of("from", from)).get("/api/slots").then()
                .statusCode(200).body("slots.id", contains(open, booked, ofInactiveService, ofInactiveStaff));
    }

    // --- tenant settings ------------------------------------------------------------------------------------------

    @Test
    void aNewBusinessStartsWithDefaultSettings() {
        UUID tenant = UUID.randomUUID();

        Business.as(tenant, "desk", "staff").get("/api/tenant").then().statusCode(200)
                .body("success", equalTo(true))
                .body("tenant.id", equalTo(tenant.toString()))
                .body("tenant.name", equalTo("My business"))
                .body("tenant.timeZone", equalTo("UTC"))
                .body("tenant.phoneRegion", equalTo("US"));
    }

    @Test
    void theSettingsAreChangedAndTakeEffect() {
        Business business = Business.open();

        business.admin().body(Map.of("name", "Salon Aurora", "time_zone", "Europe/Berlin", "phone_region", "de"))
                .put("/api/tenant").then().statusCode(200)
                .body("success", equalTo(true))
                .body("tenant.id", equalTo(business.tenantId.toString()))
                .body("tenant.name", equalTo("Salon Aurora"))
                .body("tenant.timeZone", equalTo("Europe/Berlin"))
                .body("tenant.phoneRegion", equalTo("DE"));

        business.desk().get("/api/tenant").then().statusCode(200)
                .body("tenant.name", equalTo("Salon Aurora"))
                .body("tenant.timeZone", equalTo("Europe/Berlin"))
                .body("tenant.phoneRegion", equalTo("DE"));
        Map<String, Object> request = business.bookingRequest(business.slot());
        request.put("customer_phone", "030 901820");
        business.desk().body(request).post("/api/bookings").then().statusCode(201)
                .body("booking.customerPhone", equalTo("+4930901820"));
    }

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                arguments(Map.of("time_zone", "Europe/Berlin", "phone_region", "DE"), "name"),
                arguments(Map.of("name", " ", "time_zone", "Europe/Berlin", "phone_region", "DE"), "name"),
                arguments(Map.of("name", "x".repeat(201), "time_zone", "Europe/Berlin", "phone_region", "DE"), "name"),
                arguments(Map.of("name", "Salon", "phone_region", "DE"), "time_zone"),
                arguments(Map.of("name", "Salon", "time_zone", "Mars/Olympus_Mons", "phone_region", "DE"),
                        "time_zone"),
                arguments(Map.of("name", "Salon", "time_zone", "+01:00", "phone_region", "DE"), "time_zone"),
                arguments(Map.of("name", "Salon", "time_zone", "Europe/Berlin"), "phone_region"),
                arguments(Map.of("name", "Salon", "time_zone", "Europe/Berlin", "phone_region", "XX"),
                        "phone_region"),
                arguments(Map.of("name", "Salon", "time_zone", "Europe/Berlin", "phone_region", "Germany"),
                        "phone_region"),
                arguments(Map.of("name", "Salon", "time_zone", 1, "phone_region", "DE"), "time_zone"),
                arguments(Map.of("name", "Salon", "time_zone", "Europe/Berlin", "phone_region", "DE",
                        "currency", "EUR"), "currency"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("invalidSettings")
    void invalidSettingsAreRefusedNamingTheFieldAndNothingChanges(Map<String, Object> body, String field) {
        Business business = Business.open();
        String before = business.snapshot();

        invalid(business.admin().body(body).put("/api/tenant"), field);

        assertThat(business.snapshot()).isEqualTo(before);
    }

    @Test
    void everyInvalidSettingIsListedAtOnce() {
        Business business = Business.open();

        invalid(business.admin().body(Map.of("name", "", "time_zone", "Mars/Olympus_Mons", "phone_region", "XX"))
                .put("/api/tenant"), "name")
                .body("violations.field", containsInAnyOrder("name", "time_zone", "phone_region"));
    }

    // --- roles ----------------------------------------------------------------------------------------------------

    static Stream<Arguments> adminWrites() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        return Stream.of(
                arguments("POST /api/services", write(b -> b.desk().body(Map.of("name", "Colour",
                        "duration_minutes", 60)).post("/api/services"))),
                arguments("PUT /api/services/{id}", write(b -> b.desk().body(Map.of("name", "Colour",
                        "duration_minutes", 60, "active", false)).put("/api/services/" + b.serviceId))),
                arguments("POST /api/staff", write(b -> b.desk().body(Map.of("name", "Jo Kim",
                        "service_ids", List.of(b.serviceId))).post("/api/staff"))),
                arguments("PUT /api/staff/{id}", write(b -> b.desk().body(Map.of("name", "Jo Kim",
                        "active", false)).put("/api/staff/" + b.staffId))),
                arguments("POST /api/slots", write(b -> b.desk().body(Map.of("service_id", b.serviceId,
                        "staff_id", b.staffId, "start_time", b.nextStart().toString())).post("/api/slots"))),
                arguments("POST /api/slots/weekly", write(b -> b.desk().body(weekly(b, tomorrow, tomorrow, "00:00",
                        "23:00", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
                        .post("/api/slots/weekly"))),
                arguments("DELETE /api/slots/{id}", write(b -> b.desk().delete("/api/slots/" + b.slotIds().get(0)))),
                arguments("PUT /api/tenant", write(b -> b.desk().body(Map.of("name", "Taken over",
                        "time_zone", "Asia/Tokyo", "phone_region", "JP")).put("/api/tenant"))),
                arguments("POST /api/services with a body that is not JSON", write(b -> b.desk()
                        .body("name=Colour").post("/api/services"))),
                arguments("PUT /api/tenant with an invalid body", write(b -> b.desk().body(Map.of("time_zone", 1))
                        .put("/api/tenant"))));
    }

    @ParameterizedTest(name = "{0} by a staff member → 403")
    @MethodSource("adminWrites")
    void aStaffMemberWhoIsNoAdminChangesNothing(String description, Function<Business, Response> write) {
        Business business = Business.open();
        business.slot();
        String before = business.snapshot();

        write.apply(business).then().statusCode(403)
                .body("success", equalTo(false))
                .body("error", equalTo("Forbidden"))
                .body("code", equalTo("AUTH.FORBIDDEN"))
                .body("message", not(emptyOrNullString()));

        assertThat(business.snapshot()).isEqualTo(before);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static String service(Business business, String name, int minutes) {
        return business.admin().body(Map.of("name", name, "duration_minutes", minutes)).post("/api/services")
                .then().statusCode(201).extract().path("service.id");
    }

    private static String staff(Business business, String name, String... serviceIds) {
        return business.admin().body(Map.of("name", name, "service_ids", List.of(serviceIds))).post("/api/staff")
                .then().statusCode(201).extract().path("staffMember.id");
    }

    private static Response slotRequest(Business business, String staffId, Instant start) {
        return slotRequest(business, business.serviceId, staffId, start);
    }

    private static Response slotRequest(Business business, String serviceId, String staffId, Instant start) {
        return business.admin().body(Map.of("service_id", serviceId, "staff_id", staffId,
                "start_time", start.toString())).post("/api/slots");
    }

    private static Map<String, Object> weekly(Business business, String from, String to, String dayStart,
            String dayEnd, String... days) {
        return new HashMap<>(Map.of("service_id", business.serviceId, "staff_id", business.staffId,
                "from_date", from, "to_date", to, "days", List.of(days), "day_start", dayStart, "day_end", dayEnd));
    }

    /** A slot request built for the business: a valid one, then {@code change}d (which may also set things up). */
    private static Function<Business, Map<String, Object>> slot(Function<Business, Map<String, Object>> valid,
            BiConsumer<Business, Map<String, Object>> change) {
        return business -> {
            Map<String, Object> body = valid.apply(business);
            change.accept(business, body);
            return body;
        };
    }

    private static Function<Business, Response> write(Function<Business, Response> write) {
        return write;
    }

    private static Instant instant(Response response, String path) {
        return Instant.parse(response.path(path));
    }

    private static List<Instant> instants(Response response, String path) {
        List<String> values = response.path(path);
        return values.stream().map(Instant::parse).toList();
    }
}
