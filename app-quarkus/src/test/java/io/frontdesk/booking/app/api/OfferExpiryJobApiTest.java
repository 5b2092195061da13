package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.frontdesk.booking.app.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduled job is wired: with it switched on, an offer whose hold has ended expires without anyone asking. */
@QuarkusTest
@TestProfile(OfferExpiryJobApiTest.JobEverySecond.class)
class OfferExpiryJobApiTest {

    public static class JobEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("frontdesk.waitlist.expiry-check-every", "1s");
        }
    }

    @AfterEach
    void releaseTheClock() {
        TestClock.release();
    }

    @Test
    void anOfferWhoseHoldEndedIsExpiredByTheJob() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestClock.pin(now);
        Business business = Business.open();
        String slotId = business.slot();
        String booking = business.bookingOf(slotId);
        Business.Waiting ada = business.waiting("Ada");
        business.cancel(booking);
        business.entry(ada.id()).body("entry.status", equalTo("offered"));

        TestClock.pin(now.plus(Duration.ofMinutes(16)));

        Instant deadline = Instant.now().plusSeconds(20);
        String status = "offered";
        while (!status.equals("expired") && Instant.now().isBefore(deadline)) {
            status = business.entry(ada.id()).extract().path("entry.status");
        }
        assertThat(status).isEqualTo("expired");
        assertThat(business.slotIds("open")).contains(slotId);
    }
}
