package io.frontdesk.booking.app.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A business set up through the API for one test: its own tenant (so tests never see each other's data), settings,
 * one 30-minute service and one staff member performing it, and helpers to open slots and book them.
 */
final class Business {

    static final Duration SLOT_LENGTH = Duration.ofMinutes(30);

    final UUID tenantId;
    final String serviceId;
    final String staffId;
    private final AtomicInteger slotsOpened = new AtomicInteger();
    private final AtomicInteger customers = new AtomicInteger();

    private Business(UUID tenantId, String serviceId, String staffId) {
        this.tenantId = tenantId;
        this.serviceId = serviceId;
        this.staffId = staffId;
    }

    /** A US business in New York with one service and one staff member. */
    static Business open() {
        return open("America/New_York", "US");
    }

    static Business open(String timeZone, String phoneRegion) {
        UUID tenantId = UUID.randomUUID();
        as(tenantId, "owner", "admin", "staff")
                .body(Map.of("name", "Test business", "time_zone", timeZone, "phone_region", phoneRegion))
                .put("/api/tenant").then().statusCode(200);
        String serviceId = as(tenantId, "owner", "admin", "staff").body(Map.of("name", "Haircut", "duration_minutes", 30, "price_minor", 4500,
                "currency", "USD")).post("/api/services").then().statusCode(201).extract().path("service.id");
        String staffId = as(tenantId, "owner", "admin", "staff").body(Map.of("name", "Mia Berger", "role",
                "Stylist", "service_ids", List.of(serviceId))).post("/api/staff").then().statusCode(201)
                .extract().path("staffMember.id");
        return new Business(tenantId, serviceId, staffId);
    }

    /** A request of a user of this business with {@code roles}. */
    static RequestSpecification as(UUID tenantId, String user, String... roles) {
        return given().auth().oauth2(Tokens.of(user, tenantId, roles)).contentType(ContentType.JSON);
    }

    RequestSpecification desk() {
        return as(tenantId, "desk", "staff");
    }

    RequestSpecification admin() {
        return as(tenantId, "owner", "admin", "staff");
    }

    /** Opens a slot at {@code start} and answers its id. */
    String slotAt(Instant start) {
        return slotAt(serviceId, staffId, start);
    }

    String slotAt(String service, String staff, Instant start) {
        return admin().body(Map.of("service_id", service, "staff_id", staff, "start_time", start.toString()))
                .post("/api/slots").then().statusCode(201).extract().path("slot.id");
    }

    /** Adds a service of {@code minutes} and a staff member performing only it; answers their ids. */
    String[] addServiceWithStaff(String serviceName, int minutes, String staffName) {
        String service = admin().body(Map.of("name", serviceName, "duration_minutes", minutes))
                .post("/api/services").then().statusCode(201).extract().path("service.id");
        String staff = admin().body(Map.of("name", staffName, "service_ids", List.of(service)))
                .post("/api/staff").then().statusCode(201).extract().path("staffMember.id");
        return new String[] {service, staff};
    }

    /** Opens the next free slot, back to back from tomorrow on. */
    String slot() {
        return slotAt(nextStart());
    }

    Instant nextStart() {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        return tomorrow.plus(SLOT_LENGTH.multipliedBy(slotsOpened.getAndIncrement()));
    }

    /** A valid create-booking body for {@code slotId}, with a new customer each time. */
    Map<String, Object> bookingRequest(String slotId) {
        int n = customers.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("slot_id", slotId);
        body.put("customer_name", "Customer " + n);
        body.put("customer_phone", String.format("+1 201 555 %04d", 100 + n));
        body.put("customer_email", "customer" + n + "@example.com");
        body.put("booking_source", "walk_in");
        return body;
    }

    /** Books a new slot and answers the booking's id. */
    String booking() {
        return book(bookingRequest(slot()));
    }

    String book(Map<String, Object> request) {
        return desk().body(request).post("/api/bookings").then().statusCode(201).extract().path("booking.id");
    }

    /** A customer on this business's waitlist: the entry's id and where their offers are mailed. */
    record Waiting(String id, String email) {
    }

    /**
     * Puts {@code firstName} on the waitlist for the haircut with anyone, for the next two weeks; the address is
     * unique to this business, so mail to it is this test's.
     */
    Waiting waiting(String firstName) {
        String email = firstName.toLowerCase() + "-" + tenantId.toString().substring(0, 8) + "@example.org";
        Instant now = Instant.now();
        String id = desk().body(Map.of("customer_name", firstName + " Waiting", "customer_phone", "+1 201 555 0188",
                        "customer_email", email, "service_id", serviceId,
                        "wanted_from", now.minus(Duration.ofDays(1)).toString(),
                        "wanted_to", now.plus(Duration.ofDays(14)).toString()))
                .post("/api/waitlist").then().statusCode(201).extract().path("entry.id");
        return new Waiting(id, email);
    }

    /** The entry as staff see it. */
    ValidatableResponse entry(String id) {
        return desk().get("/api/waitlist/" + id).then().statusCode(200);
    }

    /** Cancels a booking through the API. */
    void cancel(String bookingId) {
        desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + bookingId).then().statusCode(200);
    }

    /** The id of the booking of {@code slotId} made with the default request, for a walk-in customer. */
    String bookingOf(String slotId) {
        return book(bookingRequest(slotId));
    }

    /** How many bookings the business has, by the API's own count. */
    int bookingCount() {
        return desk().get("/api/bookings").then().statusCode(200).extract().path("pagination.total");
    }

    /**
     * Everything the business's admin can see of its data (bookings with their details and audit trails, services
     * and staff including inactive ones, slots of the next two weeks, settings) as text, to compare before and
     * after a request that must change nothing.
     */
    String snapshot() {
        StringBuilder state = new StringBuilder();
        Response bookings = admin().queryParam("limit", "100").get("/api/bookings");
        state.append(bookings.then().statusCode(200).extract().asString());
        List<String> ids = bookings.path("bookings.id");
        for (String id : ids) {
            state.append(admin().get("/api/bookings/" + id).then().statusCode(200).extract().asString());
        }
        for (String path : List.of("/api/services", "/api/staff")) {
            state.append(admin().queryParam("include_inactive", "true").get(path).then().statusCode(200)
                    .extract().asString());
        }
        state.append(admin().get("/api/slots").then().statusCode(200).extract().asString());
        state.append(admin().get("/api/tenant").then().statusCode(200).extract().asString());
        return state.toString();
    }

    /** The ids of the business's slots starting in the next two weeks. */
    List<String> slotIds() {
        return desk().get("/api/slots").then().statusCode(200).extract().path("slots.id");
    }

    /** The ids of the business's slots in the next two weeks that are in {@code status} (open, held, booked). */
    List<String> slotIds(String status) {
        return desk().queryParam("status", status).get("/api/slots").then().statusCode(200).extract()
                .path("slots.id");
    }
}
