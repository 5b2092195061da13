package io.frontdesk.booking.app.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * A staff member's subscription feed: a secret URL without sign-in, serving exactly their upcoming bookings as an
 * iCalendar document; issuing a new URL stops the old one.
 */
@QuarkusTest
class CalendarFeedApiTest {

    @Test
    void theFeedHoldsExactlyTheStaffMembersUpcomingBookings() {
        Business business = Business.open("Europe/Berlin", "DE");
        String[] other = business.addServiceWithStaff("Beard trim", 30, "Noah Keller");
        String first = business.booking();
        String second = business.booking();
        String canceled = business.booking();
        business.desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + canceled).then().statusCode(200);
        business.book(business.bookingRequest(business.slotAt(other[0], other[1], business.nextStart())));
        Business.open().booking();

        String url = business.admin().post("/api/staff/" + business.staffId + "/feed").then().statusCode(200)
                .extract().path("feedUrl");

        assertThat(url).matches(".*/feeds/[A-Za-z0-9_-]{43}\\.ics");
        String ics = given().get(url).then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asString();
        Calendar feed = Calendars.parse(ics);
        List<VEvent> events = feed.getComponents(Component.VEVENT);
        assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactlyInAnyOrder("frontdesk-booking-" + first, "frontdesk-booking-" + second);
        assertThat(feed.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(ics).contains("Mia Berger").doesNotContain("Noah Keller");
    }

    @Test
    void aNewFeedUrlStopsTheOldOne() {
        Business business = Business.open();
        business.booking();
        String old = business.admin().post("/api/staff/" + business.staffId + "/feed").then().statusCode(200)
                .extract().path("feedUrl");

        String current = business.admin().post("/api/staff/" + business.staffId + "/feed").then().statusCode(200)
                .extract().path("feedUrl");

        assertThat(current).isNotEqualTo(old);
        given().get(old).then().statusCode(404);
        given().get(current).then().statusCode(200);
        given().get("/feeds/not-a-token.ics").then().statusCode(404);
        business.desk().post("/api/staff/" + business.staffId + "/feed").then().statusCode(403);
        business.admin().get("/api/staff/" + business.staffId + "/calendar").then().statusCode(200)
                .body("calendar.feedEnabled", org.hamcrest.Matchers.equalTo(true));
    }
}
