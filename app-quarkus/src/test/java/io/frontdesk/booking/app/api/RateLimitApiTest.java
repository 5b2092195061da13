package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Booking creation is limited per tenant and user; the limit here is three per hour. */
@QuarkusTest
@TestProfile(RateLimitApiTest.ThreePerHour.class)
class RateLimitApiTest {

    public static class ThreePerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("frontdesk.rate-limit.booking-create.capacity", "3",
                    "frontdesk.rate-limit.booking-create.period", "1h");
        }
    }

    @Test
    void theFourthBookingWithinThePeriodAnswers429WithRetryAfterAndWritesNothing() {
        Business business = Business.open();
        for (int i = 0; i < 3; i++) {
            business.book(business.bookingRequest(business.slot()));
        }
        String slotId = business.slot();

        String retryAfter = business.desk().body(business.bookingRequest(slotId)).post("/api/bookings")
                .then().statusCode(429)
                .body("success", equalTo(false))
                .body("code", equalTo("RATE_LIMITED"))
                .extract().header("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        assertThat(business.bookingCount()).isEqualTo(3);
        business.desk().queryParam("status", "open").get("/api/slots").then().body("slots.id", hasItem(slotId));
    }

    @Test
    void eachUserHasTheirOwnAllowance() {
        Business business = Business.open();
        for (int i = 0; i < 3; i++) {
            business.book(business.bookingRequest(business.slot()));
        }

        Business.as(business.tenantId, "second-desk", "staff").body(business.bookingRequest(business.slot()))
                .post("/api/bookings").then().statusCode(201);
    }
}
