package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.frontdesk.booking.adapter.notification.GreenMailServer.Received;
import io.frontdesk.booking.app.FailingCalendarJobs;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The waitlist end to end, as the desk and the customer live it: a cancellation frees a slot, the oldest waiting
 * customer is mailed an offer and the slot is held for them; they open the link, confirm, and are booked.
 */
@QuarkusTest
class WaitlistFlowApiTest {

    @Test
    void aCanceledBookingsSlotIsMailedToTheWaitingCustomerWhoAcceptsByTheLinkAndIsBooked() {
        Business business = Business.open();
        String slotId = business.slot();
        String booking = business.bookingOf(slotId);
        Business.Waiting ada = business.waiting("Ada");

        business.cancel(booking);

        business.desk().queryParam("status", "held").get("/api/slots").then()
                .body("slots.find { it.id == '" + slotId + "' }.heldUntil", notNullValue());
        business.entry(ada.id())
                .body("entry.status", equalTo("offered"))
                .body("entry.offer.slotId", equalTo(slotId));

        Received mail = Offers.mailsTo(ada.email(), 1).get(0);
        Instant start = Instant.parse(business.desk().get("/api/slots?status=held").then().extract()
                .path("slots.find { it.id == '" + slotId + "' }.startTime"));
        String localStart = start.atZone(ZoneId.of("America/New_York"))
                .format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm", Locale.ENGLISH));
        assertThat(mail.subject()).startsWith("Test business: a place for Haircut");
        assertThat(mail.text()).contains("Hello Ada Waiting", "Haircut with Mia Berger", localStart,
                "(America/New_York time)");
        String token = Offers.token(ada.email(), 1);
        String client = Offers.newClient();

        Offers.browser(client).get("/offers/" + token + "/accept").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .body(containsString("<form method=\"post\" action=\"accept\">"))
                .body(containsString("Mia Berger"));
        business.entry(ada.id()).body("entry.status", equalTo("offered"));

        Offers.browser(client).post("/offers/" + token + "/accept").then().statusCode(200)
                .body(containsString("You are booked"));

        String waitlistBooking = business.desk().queryParam("source", "waitlist").get("/api/bookings").then()
                .body("pagination.total", equalTo(1))
                .body("bookings[0].waitlistEntryId", equalTo(ada.id()))
                .body("bookings[0].customerEmail", equalTo(ada.email()))
                .body("bookings[0].slotId", equalTo(slotId))
                .extract().path("bookings[0].id");
        business.desk().get("/api/bookings/" + waitlistBooking).then()
                .body("booking.bookingSource", equalTo("waitlist"))
                .body("booking.slotDetails.status", equalTo("booked"))
                .body("booking.auditTrail[0].action", equalTo("booking.created"))
                .body("booking.auditTrail[0].actor", equalTo("customer"))
                .body("booking.auditTrail[0].changes.booking_source.after", equalTo("waitlist"));
        business.entry(ada.id())
                .body("entry.status", equalTo("booked"))
                .body("entry.auditTrail.action", equalTo(List.of("waitlist_entry.created", "waitlist_entry.offered",
                        "waitlist_entry.booked")));
        assertThat(business.slotIds("booked")).contains(slotId);
    }

    @Test
    void theHeldSlotRefusesABookingByTheDeskWith409() {
        Business business = Business.open();
        String slotId = business.slot();
        String booking = business.bookingOf(slotId);
        business.waiting("Ada");
        business.cancel(booking);

        business.desk().body(business.bookingRequest(slotId)).post("/api/bookings").then().statusCode(409)
                .body("code", equalTo("SLOT.UNAVAILABLE"));
        assertThat(business.slotIds("held")).contains(slotId);
    }

    @Test
    void aNoShowFreesTheSlotForTheWaitlistToo() {
        Business business = Business.open();
        String slotId = business.slot();
        String booking = business.bookingOf(slotId);
        Business.Waiting ada = business.waiting("Ada");

        business.desk().body(Map.of("status", "no_show")).patch("/api/bookings/" + booking).then().statusCode(200);

        business.entry(ada.id()).body("entry.offer.slotId", equalTo(slotId));
        assertThat(Offers.token(ada.email(), 1)).hasSize(43);
    }

    @Test
    void aNewSlotIsOfferedToTheWaitlistAtOnce() {
        Business business = Business.open();
        Business.Waiting ada = business.waiting("Ada");

        String slotId = business.slot();

        business.entry(ada.id()).body("entry.offer.slotId", equalTo(slotId));
        assertThat(business.slotIds("held")).containsExactly(slotId);
        assertThat(Offers.token(ada.email(), 1)).hasSize(43);
    }

    @Test
    void aCancellationThatRollsBackMakesNoOfferAndSendsNoMail() {
        Business business = Business.open();
        String slotId = business.slot();
        String booking = business.bookingOf(slotId);
        Business.Waiting ada = business.waiting("Ada");
        FailingCalendarJobs.failFor(business.tenantId);
        try {
            business.desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + booking)
                    .then().statusCode(500);
        } finally {
            FailingCalendarJobs.recover(business.tenantId);
        }
        business.entry(ada.id()).body("entry.status", equalTo("waiting"));
        assertThat(business.slotIds("booked")).contains(slotId);

        business.cancel(booking);

        List<Received> mails = Offers.mailsTo(ada.email(), 1);
        assertThat(mails).hasSize(1);
        business.entry(ada.id()).body("entry.status", equalTo("offered"))
                .body("entry.auditTrail.action", not(hasItem("waitlist_entry.booked")));
    }
}
