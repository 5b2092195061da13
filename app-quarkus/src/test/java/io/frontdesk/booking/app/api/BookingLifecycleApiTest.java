package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed's booking workflow through the API: create, read with details, and each status change. */
@QuarkusTest
class BookingLifecycleApiTest {

    @Test
    void createsAWalkInBookingAndMarksTheSlotBooked() {
        Business business = Business.open();
        String slotId = business.slot();
        Map<String, Object> request = business.bookingRequest(slotId);
        request.put("customer_name", "  Dana Whitfield ");
        request.put("customer_phone", "(201) 555-0123");

        business.desk().body(request).post("/api/bookings")
                .then().statusCode(201)
                .body("success", equalTo(true))
                .body("message", equalTo("Booking created"))
                .body("booking.id", notNullValue())
                .body("booking.slotId", equalTo(slotId))
                .body("booking.serviceName", equalTo("Haircut"))
                .body("booking.staffName", equalTo("Mia Berger"))
                .body("booking.customerName", equalTo("Dana Whitfield"))
                .body("booking.customerPhone", equalTo("+12015550123"))
                .body("booking.status", equalTo("confirmed"))
                .body("booking.bookingSource", equalTo("walk_in"))
                .body("booking.confirmedAt", notNullValue())
                .body("booking.completedAt", nullValue())
                .body("booking.createdBy", equalTo("desk"));

        business.desk().queryParam("status", "booked").get("/api/slots")
                .then().statusCode(200).body("slots.id", contains(slotId));
    }

    @Test
    void aBookingWithoutEmailIsAPhoneReservation() {
        Business business = Business.open();
        Map<String, Object> request = business.bookingRequest(business.slot());
        request.remove("customer_email");
        request.put("booking_source", "manual");

        business.desk().body(request).post("/api/bookings")
                .then().statusCode(201)
                .body("booking.customerEmail", nullValue())
                .body("booking.bookingSource", equalTo("manual"));
    }

    @Test
    void readsABookingWithItsDetailsAndAuditTrail() {
        Business business = Business.open();
        String id = business.booking();
        business.desk().body(Map.of("status", "canceled", "cancellation_reason", "Feeling ill"))
                .patch("/api/bookings/" + id).then().statusCode(200);

        business.desk().get("/api/bookings/" + id)
                .then().statusCode(200)
                .body("success", equalTo(true))
                .body("booking.id", equalTo(id))
                .body("booking.status", equalTo("canceled"))
                .body("booking.cancellationReason", equalTo("Feeling ill"))
                .body("booking.slotDetails.status", equalTo("open"))
                .body("booking.slotDetails.startTime", notNullValue())
                .body("booking.serviceDetails.name", equalTo("Haircut"))
                .body("booking.serviceDetails.duration", equalTo(30))
                .body("booking.serviceDetails.price", equalTo(45.0f))
                .body("booking.serviceDetails.currency", equalTo("USD"))
                .body("booking.staffDetails.name", equalTo("Mia Berger"))
                .body("booking.staffDetails.role", equalTo("Stylist"))
                .body("booking.auditTrail", hasSize(2))
                .body("booking.auditTrail.action", contains("booking.created", "booking.canceled"))
                .body("booking.auditTrail[1].actor", equalTo("desk"))
                .body("booking.auditTrail[1].changes.status.before", equalTo("confirmed"))
                .body("booking.auditTrail[1].changes.status.after", equalTo("canceled"));
    }

    @Test
    void aCreateAndAStatusChangeAnswerWithTheBookingAsTheListShowsIt() {
        Business business = Business.open();
        Map<String, Object> created = business.desk().body(business.bookingRequest(business.slot()))
                .post("/api/bookings").then().statusCode(201).extract().jsonPath().getMap("booking");
        assertThat(created).containsEntry("serviceName", "Haircut").containsEntry("staffName", "Mia Berger");
        assertThat(listed(business, created.get("id"))).isEqualTo(created);

        Map<String, Object> canceled = business.desk().body(Map.of("status", "canceled"))
                .patch("/api/bookings/" + created.get("id")).then().statusCode(200)
                .extract().jsonPath().getMap("booking");
        assertThat(canceled).containsEntry("status", "canceled").containsEntry("staffName", "Mia Berger");
        assertThat(listed(business, created.get("id"))).isEqualTo(canceled);
    }

    private static Map<String, Object> listed(Business business, Object id) {
        List<Map<String, Object>> bookings = business.desk().get("/api/bookings")
                .then().statusCode(200).extract().jsonPath().getList("bookings");
        return bookings.stream().filter(b -> b.get("id").equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "confirmed → {0} leaves the slot {1}")
    @CsvSource({"completed, booked", "no_show, open", "canceled, open"})
    void eachAllowedTransitionSetsTheSlotAsTheSeedSays(String status, String slotStatus) {
        Business business = Business.open();
        String id = business.booking();

        business.desk().body(Map.of("status", status)).patch("/api/bookings/" + id)
                .then().statusCode(200)
                .body("success", equalTo(true))
                .body("booking.status", equalTo(status));

        business.desk().get("/api/bookings/" + id).then()
                .body("booking.slotDetails.status", equalTo(slotStatus))
                .body("booking.auditTrail", hasSize(2));
    }

    @ParameterizedTest(name = "{0} → {1} is refused")
    @CsvSource({
        "completed, completed", "completed, no_show", "completed, canceled", "completed, confirmed",
        "no_show, completed", "no_show, no_show", "no_show, canceled", "no_show, confirmed",
        "canceled, completed", "canceled, no_show", "canceled, canceled", "canceled, confirmed",
        "confirmed, confirmed"})
    void everyRefusedTransitionAnswers409AndChangesNothing(String from, String to) {
        Business business = Business.open();
        String id = business.booking();
        if (!from.equals("confirmed")) {
            business.desk().body(Map.of("status", from)).patch("/api/bookings/" + id).then().statusCode(200);
        }

        business.desk().body(Map.of("status", to)).patch("/api/bookings/" + id)
                .then().statusCode(409)
                .body("success", equalTo(false))
                .body("error", equalTo("Invalid status transition"))
                .body("code", equalTo("BOOKING.TRANSITION_REFUSED"))
                .body("message", notNullValue());

        business.desk().get("/api/bookings/" + id).then()
                .body("booking.status", equalTo(from))
                .body("booking.auditTrail", hasSize(from.equals("confirmed") ? 1 : 2));
    }

    @Test
    void aCanceledSlotCanBeBookedAgain() {
        Business business = Business.open();
        String slotId = business.slot();
        String first = business.book(business.bookingRequest(slotId));
        business.desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + first).then().statusCode(200);

        String second = business.book(business.bookingRequest(slotId));

        business.desk().get("/api/bookings/" + second).then()
                .body("booking.slotId", equalTo(slotId))
                .body("booking.slotDetails.status", equalTo("booked"));
    }

    @Test
    void aTakenSlotAnswers409WithTheSeedsMessage() {
        Business business = Business.open();
        String slotId = business.slot();
        business.book(business.bookingRequest(slotId));

        business.desk().body(business.bookingRequest(slotId)).post("/api/bookings")
                .then().statusCode(409)
                .body("success", equalTo(false))
                .body("error", equalTo("Slot is no longer available"))
                .body("message", equalTo("This slot has been booked by another customer"))
                .body("code", equalTo("SLOT.UNAVAILABLE"));
        org.assertj.core.api.Assertions.assertThat(business.bookingCount()).isEqualTo(1);
    }

    @Test
    void anUnknownSlotOrBookingAnswers404() {
        Business business = Business.open();
        business.desk().body(business.bookingRequest("3f1f7a52-6a4b-4f44-9c38-0d8f3f1e2b11")).post("/api/bookings")
                .then().statusCode(404)
                .body("success", equalTo(false))
                .body("error", equalTo("Slot not found"))
                .body("code", equalTo("SLOT.NOT_FOUND"));
        business.desk().get("/api/bookings/3f1f7a52-6a4b-4f44-9c38-0d8f3f1e2b11")
                .then().statusCode(404)
                .body("error", equalTo("Booking not found"))
                .body("code", equalTo("BOOKING.NOT_FOUND"));
    }
}
