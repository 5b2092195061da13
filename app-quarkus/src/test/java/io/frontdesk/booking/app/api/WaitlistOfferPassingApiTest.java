package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.frontdesk.booking.app.TestClock;
import io.frontdesk.booking.application.port.in.ExpireOffersUseCase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One offer at a time: a declined or expired offer passes the slot to the next entry in line, and with nobody left
 * the slot reopens. Expiry runs the use case the scheduled job runs, on a pinned clock — no waiting.
 */
@QuarkusTest
class WaitlistOfferPassingApiTest {

    @Inject
    ExpireOffersUseCase expireOffers;

    @AfterEach
    void releaseTheClock() {
        TestClock.release();
    }

    @Test
    void aDeclinedOfferGoesToTheNextInLineAndWhenTheyDeclineTooTheSlotReopens() {
        Business business = Business.open();
        String slotId = business.slot();
        String booking = business.bookingOf(slotId);
        Business.Waiting ada = business.waiting("Ada");
        Business.Waiting grace = business.waiting("Grace");
        business.cancel(booking);
        String client = Offers.newClient();

        Offers.browser(client).get("/offers/" + Offers.token(ada.email(), 1) + "/decline").then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"decline\">"));
        business.entry(ada.id()).body("entry.status", equalTo("offered"));
        Offers.browser(client).post("/offers/" + Offers.token(ada.email(), 1) + "/decline").then().statusCode(200)
                .body(containsString("You declined this place"));

        business.entry(ada.id()).body("entry.status", equalTo("waiting")).body("entry.offer", nullValue());
        business.entry(grace.id()).body("entry.status", equalTo("offered"))
                .body("entry.offer.slotId", equalTo(slotId));
        assertThat(business.slotIds("held")).contains(slotId);

        Offers.browser(client).post("/offers/" + Offers.token(grace.email(), 1) + "/decline").then().statusCode(200);

        assertThat(business.slotIds("open")).contains(slotId);
        business.entry(grace.id()).body("entry.status", equalTo("waiting"));
        business.entry(ada.id()).body("entry.status", equalTo("waiting"))
                .body("entry.auditTrail.action[-1]", equalTo("waitlist_entry.declined"));
        assertThat(Offers.mailsTo(ada.email(), 1)).as("never offered the same slot again").hasSize(1);
    }

    @Test
    void aCustomerWhoseWantedTimeHasPassedLeavesTheWaitlist() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.pin(now);
        Business business = Business.open();
        String id = business.desk().body(Map.of("customer_name", "Dana Whitfield", "customer_phone", "(201) 555-0123",
                        "customer_email", "dana@example.com", "service_id", business.serviceId,
                        "wanted_from", now.toString(), "wanted_to", now.plus(Duration.ofHours(2)).toString()))
                .post("/api/waitlist").then().statusCode(201).extract().path("entry.id");

        TestClock.pin(now.plus(Duration.ofHours(2)));
        expireOffers.expireDue();

        business.entry(id).body("entry.status", equalTo("expired"))
                .body("entry.auditTrail.action[-1]", equalTo("waitlist_entry.expired"));
    }

    @Test
    void anUnansweredOfferExpiresToTheNextInLineAndWithNobodyLeftTheSlotReopens() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.pin(now);
        Business business = Business.open();
        String slotId = business.slot();
        String booking = business.bookingOf(slotId);
        Business.Waiting ada = business.waiting("Ada");
        TestClock.pin(now.plusSeconds(1));
        Business.Waiting grace = business.waiting("Grace");
        business.cancel(booking);
        Instant adasExpiry = now.plusSeconds(1).plus(Duration.ofMinutes(15));
        business.entry(ada.id()).body("entry.offer.expiresAt", equalTo(adasExpiry.toString()));
        String adasToken = Offers.token(ada.email(), 1);

        TestClock.pin(adasExpiry.minusSeconds(1));
        expireOffers.expireDue();
        business.entry(ada.id()).body("entry.status", equalTo("offered"));

        TestClock.pin(now.plus(Duration.ofMinutes(16)));
        assertThat(expireOffers.expireDue()).isPositive();

        business.entry(ada.id()).body("entry.status", equalTo("expired"))
                .body("entry.auditTrail.action[-1]", equalTo("waitlist_entry.offer_expired"))
                .body("entry.auditTrail.actor[-1]", equalTo("system"));
        business.entry(grace.id()).body("entry.status", equalTo("offered"))
                .body("entry.offer.slotId", equalTo(slotId))
                .body("entry.offer.expiresAt", equalTo(now.plus(Duration.ofMinutes(31)).toString()));
        assertThat(Offers.token(grace.email(), 1)).isNotEqualTo(adasToken);
        Offers.browser(Offers.newClient()).post("/offers/" + adasToken + "/accept").then().statusCode(409);

        TestClock.pin(now.plus(Duration.ofMinutes(32)));
        expireOffers.expireDue();

        business.entry(grace.id()).body("entry.status", equalTo("expired"));
        assertThat(business.slotIds("open")).contains(slotId);
        business.desk().queryParam("source", "waitlist").get("/api/bookings").then()
                .body("pagination.total", equalTo(0));
    }
}
