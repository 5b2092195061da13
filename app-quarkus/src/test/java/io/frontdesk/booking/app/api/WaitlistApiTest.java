package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The desk's waitlist API: add, list and filter, read with history, remove, release a hold; and the stats. */
@QuarkusTest
class WaitlistApiTest {

    @Test
    void addingACustomerAnswers201WithTheEntryWaiting() {
        Business business = Business.open();
        Instant from = Instant.now().plusSeconds(3600);
        Instant to = from.plusSeconds(7 * 24 * 3600);

        business.desk().body(Map.of("customer_name", "Dana Whitfield", "customer_phone", "(201) 555-0123",
                        "customer_email", "dana@example.com", "service_id", business.serviceId,
                        "staff_id", business.staffId, "wanted_from", from.toString(), "wanted_to", to.toString()))
                .post("/api/waitlist").then().statusCode(201)
                .body("success", equalTo(true))
                .body("entry.status", equalTo("waiting"))
                .body("entry.customerPhone", equalTo("+12015550123"))
                .body("entry.serviceName", equalTo("Haircut"))
                .body("entry.staffName", equalTo("Mia Berger"))
                .body("entry.wantedFrom", equalTo(from.toString()))
                .body("entry.offer", nullValue())
                .body("entry.id", notNullValue());
    }

    @Test
    void invalidInputIsRefusedNamingEveryFieldAndAddsNothing() {
        Business business = Business.open();
        Map<String, Object> body = new HashMap<>();
        body.put("customer_name", "D");
        body.put("customer_phone", "12");
        body.put("service_id", business.serviceId);
        body.put("wanted_from", "2031-01-02T10:00:00Z");
        body.put("wanted_to", "yesterday");

        ErrorEnvelope.invalid(business.desk().body(body).post("/api/waitlist"), "wanted_to");
        ErrorEnvelope.invalid(business.desk().body(Map.of("customer_name", "D", "customer_phone", "12",
                "service_id", business.serviceId, "wanted_from", "2031-01-02T10:00:00Z",
                "wanted_to", "2031-01-03T10:00:00Z")).post("/api/waitlist"), "customer_name")
                .body("violations.field", hasItems("customer_name", "customer_phone", "customer_email"));
        business.desk().get("/api/waitlist").then().body("pagination.total", equalTo(0));
    }

    @Test
    void anUnknownServiceAnswers404() {
        Business business = Business.open();
        business.desk().body(Map.of("customer_name", "Dana Whitfield", "customer_phone", "(201) 555-0123",
                        "customer_email", "dana@example.com", "service_id", UUID.randomUUID().toString(),
                        "wanted_from", "2031-01-02T10:00:00Z", "wanted_to", "2031-01-03T10:00:00Z"))
                .post("/api/waitlist").then().statusCode(404);
    }

    @Test
    void theListIsOldestFirstFilteredAndPaged() {
        Business business = Business.open();
        Business.Waiting ada = business.waiting("Ada");
        Business.Waiting grace = business.waiting("Grace");
        Business.Waiting hedy = business.waiting("Hedy");
        business.desk().delete("/api/waitlist/" + grace.id()).then().statusCode(200)
                .body("entry.status", equalTo("removed"));

        business.desk().get("/api/waitlist").then().statusCode(200)
                .body("entries.id", contains(ada.id(), grace.id(), hedy.id()))
                .body("pagination.total", equalTo(3));
        business.desk().queryParam("status", "waiting").get("/api/waitlist").then()
                .body("entries.id", contains(ada.id(), hedy.id()));
        business.desk().queryParam("limit", "1").queryParam("page", "2").get("/api/waitlist").then()
                .body("entries.id", contains(grace.id()))
                .body("pagination.totalPages", equalTo(3));
        business.desk().queryParam("service_id", business.serviceId).queryParam("staff_id", business.staffId)
                .get("/api/waitlist").then().body("pagination.total", equalTo(0));
        ErrorEnvelope.invalid(business.desk().queryParam("status", "sleeping").get("/api/waitlist"), "status");
    }

    @Test
    void anEntryIsReadWithItsHistory() {
        Business business = Business.open();
        Business.Waiting ada = business.waiting("Ada");

        business.entry(ada.id())
                .body("entry.customerEmail", equalTo(ada.email()))
                .body("entry.auditTrail[0].action", equalTo("waitlist_entry.created"))
                .body("entry.auditTrail[0].actor", equalTo("desk"));
        business.desk().get("/api/waitlist/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("WAITLIST_ENTRY.NOT_FOUND"));
        ErrorEnvelope.invalid(business.desk().get("/api/waitlist/nope"), "id");
    }

    @Test
    void theHoldIsVisibleOnTheSlotAndTheEntryAndStaffCanReleaseItEarly() {
        Business business = Business.open();
        String slotId = business.slot();
        String booking = business.bookingOf(slotId);
        Business.Waiting ada = business.waiting("Ada");
        Business.Waiting grace = business.waiting("Grace");
        business.cancel(booking);
        String heldUntil = business.entry(ada.id()).extract().path("entry.offer.expiresAt");
        business.desk().queryParam("status", "held").get("/api/slots").then()
                .body("slots.find { it.id == '" + slotId + "' }.heldUntil", equalTo(heldUntil));

        business.desk().post("/api/waitlist/" + ada.id() + "/release-offer").then().statusCode(200)
                .body("entry.status", equalTo("waiting"))
                .body("entry.offer", nullValue());

        business.entry(grace.id()).body("entry.offer.slotId", equalTo(slotId));
        business.entry(ada.id()).body("entry.auditTrail.action[-1]", equalTo("waitlist_entry.offer_released"));
        business.desk().post("/api/waitlist/" + ada.id() + "/release-offer").then().statusCode(409);
        String adasToken = Offers.token(ada.email(), 1);
        Offers.browser(Offers.newClient()).get("/offers/" + adasToken).then().statusCode(410);

        business.desk().delete("/api/waitlist/" + grace.id()).then().statusCode(200);
        assertThat(business.slotIds("open")).contains(slotId);
        business.desk().delete("/api/waitlist/" + grace.id()).then().statusCode(409);
    }

    @Test
    void aSlotWithOfferHistoryCannotBeDeleted() {
        Business business = Business.open();
        Business.Waiting ada = business.waiting("Ada");
        String slotId = business.slot();
        business.desk().post("/api/waitlist/" + ada.id() + "/release-offer").then().statusCode(200);
        assertThat(business.slotIds("open")).contains(slotId);

        business.admin().delete("/api/slots/" + slotId).then().statusCode(409);
    }

    @Test
    void theStatsGainTheWaitlistFillRate() {
        Business business = Business.open();
        String first = business.slot();
        String second = business.slot();
        String firstBooking = business.bookingOf(first);
        String secondBooking = business.bookingOf(second);
        Business.Waiting ada = business.waiting("Ada");
        Business.Waiting grace = business.waiting("Grace");
        business.cancel(firstBooking);
        business.cancel(secondBooking);
        String client = Offers.newClient();
        Offers.browser(client).post("/offers/" + Offers.token(ada.email(), 1) + "/accept").then().statusCode(200);
        Offers.browser(client).post("/offers/" + Offers.token(grace.email(), 1) + "/decline").then().statusCode(200);

        business.desk().get("/api/bookings/stats").then().statusCode(200)
                .body("stats.waitlistOffersMade", equalTo(2))
                .body("stats.waitlistOffersAccepted", equalTo(1))
                .body("stats.waitlistFillRate", equalTo(0.5f))
                .body("stats.bySource.waitlist", equalTo(1))
                .body("stats.totalBookings", equalTo(3));
        business.desk().queryParam("start_date", "2020-01-01").queryParam("end_date", "2020-01-02")
                .get("/api/bookings/stats").then()
                .body("stats.waitlistOffersMade", equalTo(0))
                .body("stats.waitlistFillRate", equalTo(0.0f));
    }
}
