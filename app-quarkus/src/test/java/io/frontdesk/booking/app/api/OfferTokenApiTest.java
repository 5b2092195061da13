package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.frontdesk.booking.app.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The token in a customer's links: looking never changes anything, it answers once, it stops working when the hold
 * ends, it reaches its own offer in its own business and nothing else, and it cannot be hammered or guessed at.
 */
@QuarkusTest
class OfferTokenApiTest {

    @AfterEach
    void releaseTheClock() {
        TestClock.release();
    }

    /** A customer of {@code business} for whom a canceled booking's slot is held now. */
    private static Business.Waiting offered(Business business, String firstName) {
        String booking = business.bookingOf(business.slot());
        Business.Waiting customer = business.waiting(firstName);
        business.cancel(booking);
        return customer;
    }

    @Test
    void lookingAtTheOfferAndItsAnswerPagesChangesNothing() {
        Business business = Business.open();
        Business.Waiting ada = offered(business, "Ada");
        String token = Offers.token(ada.email(), 1);
        String client = Offers.newClient();
        String before = business.snapshot();

        Offers.browser(client).get("/offers/" + token).then().statusCode(200)
                .header("Referrer-Policy", "no-referrer")
                .body(containsString("action=\"" + token + "/accept\""))
                .body(containsString("action=\"" + token + "/decline\""))
                .body(containsString("Held until"));
        Offers.browser(client).get("/offers/" + token + "/accept").then().statusCode(200);
        Offers.browser(client).get("/offers/" + token + "/decline").then().statusCode(200);

        assertThat(business.snapshot()).isEqualTo(before);
        business.entry(ada.id()).body("entry.status", equalTo("offered"));
    }

    @Test
    void aTokenAnswersOnce() {
        Business business = Business.open();
        Business.Waiting ada = offered(business, "Ada");
        String token = Offers.token(ada.email(), 1);
        String client = Offers.newClient();
        Offers.browser(client).post("/offers/" + token + "/accept").then().statusCode(200);

        Offers.browser(client).post("/offers/" + token + "/accept").then().statusCode(409)
                .body(containsString("no longer open"));
        Offers.browser(client).post("/offers/" + token + "/decline").then().statusCode(409);
        Offers.browser(client).get("/offers/" + token).then().statusCode(410)
                .body(containsString("It was accepted"))
                .body(not(containsString("<form")));

        business.desk().queryParam("source", "waitlist").get("/api/bookings").then()
                .body("pagination.total", equalTo(1));
        business.entry(ada.id()).body("entry.status", equalTo("booked"));
    }

    @Test
    void aTokenStopsWorkingWhenTheHoldEndsEvenBeforeTheExpiryRun() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestClock.pin(now);
        Business business = Business.open();
        Business.Waiting ada = offered(business, "Ada");
        String token = Offers.token(ada.email(), 1);
        String client = Offers.newClient();

        TestClock.pin(now.plus(Duration.ofMinutes(15)));

        Offers.browser(client).get("/offers/" + token).then().statusCode(410)
                .body(containsString("Its time ran out"));
        Offers.browser(client).post("/offers/" + token + "/accept").then().statusCode(409);
        business.desk().queryParam("source", "waitlist").get("/api/bookings").then()
                .body("pagination.total", equalTo(0));
    }

    @Test
    void aTokenNoOfferHasAnswers404WhateverItLooksLike() {
        String client = Offers.newClient();
        for (String token : new String[] {"A".repeat(43), "not-a-token", "%3Cscript%3E",
                UUID.randomUUID().toString()}) {
            Offers.browser(client).get("/offers/" + token).then().statusCode(404)
                    .contentType(containsString("text/html"))
                    .body(containsString("Offer not found"))
                    .body(not(containsString("<script>")));
            Offers.browser(client).post("/offers/" + token + "/accept").then().statusCode(404);
        }
    }

    @Test
    void aTokenReachesItsOwnOfferInItsOwnBusinessOnly() {
        Business ours = Business.open();
        Business theirs = Business.open();
        theirs.admin().body(Map.of("name", "Harbour Clinic", "time_zone", "Europe/Lisbon", "phone_region", "PT"))
                .put("/api/tenant").then().statusCode(200);
        Business.Waiting ada = offered(ours, "Ada");
        Business.Waiting hedy = offered(theirs, "Hedy");
        String ourToken = Offers.token(ada.email(), 1);
        String theirToken = Offers.token(hedy.email(), 1);
        String client = Offers.newClient();

        Offers.browser(client).get("/offers/" + ourToken).then().statusCode(200)
                .body(containsString("Test business"))
                .body(not(containsString("Harbour Clinic")))
                .body(not(containsString("Hedy")));
        Offers.browser(client).post("/offers/" + ourToken + "/accept").then().statusCode(200);

        assertThat(ours.bookingCount()).isEqualTo(2);
        theirs.desk().queryParam("source", "waitlist").get("/api/bookings").then()
                .body("pagination.total", equalTo(0));
        theirs.entry(hedy.id()).body("entry.status", equalTo("offered"));
        theirs.desk().get("/api/waitlist/" + ada.id()).then().statusCode(404);
        theirs.desk().post("/api/waitlist/" + ada.id() + "/release-offer").then().statusCode(404);
        theirs.desk().delete("/api/waitlist/" + ada.id()).then().statusCode(404);
        ours.entry(ada.id()).body("entry.status", equalTo("booked"));
        Offers.browser(client).get("/offers/" + theirToken).then().statusCode(200)
                .body(containsString("Harbour Clinic"))
                .body(containsString("Europe/Lisbon"));
    }

    @Test
    void oneTokenIsLimitedAndAnsweredWith429AndRetryAfter() {
        Business business = Business.open();
        Business.Waiting ada = offered(business, "Ada");
        String token = Offers.token(ada.email(), 1);
        String client = Offers.newClient();
        for (int i = 0; i < 8; i++) {
            Offers.browser(client).get("/offers/" + token).then().statusCode(200);
        }

        String retryAfter = Offers.browser(Offers.newClient()).get("/offers/" + token).then().statusCode(429)
                .contentType(containsString("text/html"))
                .extract().header("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
    }

    @Test
    void oneClientTryingManyTokensIsLimited() {
        String client = Offers.newClient();
        for (int i = 0; i < 30; i++) {
            String guess = UUID.randomUUID().toString().replace("-", "") + "0123456789a";
            Offers.browser(client).get("/offers/" + guess).then().statusCode(404);
        }

        Offers.browser(client).get("/offers/" + "B".repeat(43)).then().statusCode(429)
                .header("Retry-After", not(equalTo(null)));
        Offers.browser(Offers.newClient()).get("/offers/" + "B".repeat(43)).then().statusCode(404);
    }
}
