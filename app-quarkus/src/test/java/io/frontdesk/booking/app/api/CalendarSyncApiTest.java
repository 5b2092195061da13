package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.frontdesk.booking.app.CountingCalendarGateway;
import io.frontdesk.booking.app.TestClock;
import io.frontdesk.booking.application.port.in.SyncCalendarsUseCase;
import io.frontdesk.booking.application.port.out.StaffCalendars;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bookings reach their staff member's calendar on a real CalDAV server (Radicale): written on creation, removed
 * on cancellation and no-show, kept on completion; an outage or wrong credentials never touch the booking, and
 * the booking shows how delivery stands. The worker is run by the tests themselves; time moves by the test clock.
 */
@QuarkusTest
class CalendarSyncApiTest {

    /** The test profile's backoff ceiling: after it, any failed job is due again. */
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    @Inject
    SyncCalendarsUseCase sync;

    @Inject
    StaffCalendars staffCalendars;

    @AfterEach
    void releaseClockAndServer() {
        TestClock.release();
        Calendars.server().resume();
    }

    @Test
    void aNewBookingBecomesAnEventWithItsTimesInTheBusinesssZone() {
        Business business = Business.open("Europe/Berlin", "DE");
        URI calendar = Calendars.connect(business);
        String id = business.booking();
        calendarOf(business, id).body("state", equalTo("pending")).body("attempts", equalTo(0));

        sync.processDueJobs();

        calendarOf(business, id).body("state", equalTo("synced")).body("lastError", nullValue())
                .body("attempts", equalTo(1));
        JsonPath booking = business.desk().get("/api/bookings/" + id).then().extract().jsonPath();
        VEvent event = onlyEvent(Calendars.event(calendar, id).orElseThrow());
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("frontdesk-booking-" + id);
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .contains("Haircut", booking.getString("booking.customerName"));
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("Mia Berger");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse(booking.getString("booking.startTime")));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse(booking.getString("booking.endTime")));
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID).orElseThrow()
                .getValue()).isEqualTo("Europe/Berlin");
        Calendar stored = Calendars.event(calendar, id).orElseThrow();
        assertThat(stored.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(Calendars.resources(calendar)).containsExactly("frontdesk-booking-" + id + ".ics");
    }

    @Test
    void cancelingAndNoShowRemoveTheEventCompletingKeepsIt() {
        Business business = Business.open();
        URI calendar = Calendars.connect(business);
        String canceled = business.booking();
        String noShow = business.booking();
        String completed = business.booking();
        sync.processDueJobs();
        assertThat(Calendars.resources(calendar)).hasSize(3);

        business.desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + canceled).then().statusCode(200);
        business.desk().body(Map.of("status", "no_show")).patch("/api/bookings/" + noShow).then().statusCode(200);
        business.desk().body(Map.of("status", "completed")).patch("/api/bookings/" + completed).then()
                .statusCode(200);
        sync.processDueJobs();

        assertThat(Calendars.event(calendar, canceled)).isEmpty();
        assertThat(Calendars.event(calendar, noShow)).isEmpty();
        assertThat(Calendars.event(calendar, completed)).isPresent();
        assertThat(Calendars.resources(calendar)).containsExactly("frontdesk-booking-" + completed + ".ics");
        for (String id : List.of(canceled, noShow, completed)) {
            calendarOf(business, id).body("state", equalTo("synced"));
        }
    }

    @Test
    void whileTheCalendarServerIsDownBookingsSucceedAtOnceAndReachTheCalendarOnceItIsBack() {
        Business business = Business.open();
        URI calendar = Calendars.connect(business);
        Calendars.server().pause();

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long started = System.nanoTime();
            ids.add(business.booking());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a booking never waits for a calendar")
                    .isLessThan(Duration.ofSeconds(2));
        }
        sync.processDueJobs();
        for (String id : ids) {
            calendarOf(business, id).body("state", equalTo("pending")).body("attempts", equalTo(1))
                    .body("lastError", containsString("Could not reach the calendar server"));
        }
        sync.processDueJobs();
        calendarOf(business, ids.get(0)).body("attempts", equalTo(1));

        Calendars.server().resume();
        TestClock.pin(Instant.now().plus(MAX_BACKOFF));
        sync.processDueJobs();

        for (String id : ids) {
            calendarOf(business, id).body("state", equalTo("synced")).body("attempts", equalTo(2));
        }
        assertThat(Calendars.resources(calendar)).containsExactlyInAnyOrderElementsOf(
                ids.stream().map(id -> "frontdesk-booking-" + id + ".ics").toList());
    }

    @Test
    void wrongCredentialsEndInAReadableFailureThatAnAdminRetriesAfterFixingThem() {
        Business business = Business.open();
        URI calendar = Calendars.connect(business, business.staffId, "not-the-password");
        String id = business.booking();

        Instant now = Instant.now();
        for (int attempt = 1; attempt <= 4; attempt++) {
            TestClock.pin(now);
            sync.processDueJobs();
            now = now.plus(MAX_BACKOFF);
        }

        calendarOf(business, id).body("state", equalTo("failed")).body("attempts", equalTo(4))
                .body("lastError", containsString("refused the username or password"))
                .body("lastError", containsString("401"))
                .body("lastError", not(containsString("not-the-password")));
        TestClock.pin(now.plus(Duration.ofDays(1)));
        sync.processDueJobs();
        calendarOf(business, id).body("state", equalTo("failed"));
        business.desk().post("/api/bookings/" + id + "/calendar/retry").then().statusCode(403);

        business.admin().body(Map.of("caldav_url", calendar.toString(), "username", Calendars.USER, "password",
                "mia-password")).put("/api/staff/" + business.staffId + "/calendar").then().statusCode(200);
        business.admin().post("/api/bookings/" + id + "/calendar/retry").then().statusCode(200)
                .body("success", equalTo(true))
                .body("calendar.state", equalTo("pending"))
                .body("calendar.attempts", equalTo(0));
        sync.processDueJobs();

        calendarOf(business, id).body("state", equalTo("synced"));
        assertThat(Calendars.event(calendar, id)).isPresent();
        business.admin().post("/api/bookings/" + id + "/calendar/retry").then().statusCode(409)
                .body("code", equalTo("CALENDAR.NOTHING_TO_RETRY"));
        business.admin().post("/api/bookings/" + UUID.randomUUID() + "/calendar/retry").then().statusCode(404);
    }

    @Test
    void twoWorkersAtOnceNeverDeliverTheSameJobTwice() throws Exception {
        Business business = Business.open();
        URI calendar = Calendars.connect(business);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(business.booking());
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                runs.add(workers.submit(() -> {
                    start.await();
                    return sync.processDueJobs();
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }

        for (String id : ids) {
            assertThat(CountingCalendarGateway.creationsOf(id)).as("deliveries of booking %s", id).isEqualTo(1);
            calendarOf(business, id).body("state", equalTo("synced")).body("attempts", equalTo(1));
        }
        assertThat(Calendars.resources(calendar)).hasSize(ids.size()).doesNotHaveDuplicates();
    }

    @Test
    void aStaffMemberWithoutCalendarShowsNotConfigured() {
        Business business = Business.open();
        String id = business.booking();

        calendarOf(business, id).body("state", equalTo("not_configured"));
        sync.processDueJobs();
        calendarOf(business, id).body("state", equalTo("not_configured"));
    }

    @Test
    void calendarCredentialsAreStoredSealedAndNeverAnswered() {
        Business business = Business.open();
        String answer = business.admin().body(Map.of("caldav_url", "https://dav.example.org/mia/work",
                "username", "mia.berger", "password", "pa55-word-of-mia"))
                .put("/api/staff/" + business.staffId + "/calendar").then().statusCode(200)
                .body("calendar.caldavUrl", equalTo("https://dav.example.org/mia/work/"))
                .body("calendar.caldavConnected", equalTo(true))
                .extract().asString();
        String read = business.admin().get("/api/staff/" + business.staffId + "/calendar").then().statusCode(200)
                .extract().asString();

        assertThat(answer + read).doesNotContain("pa55-word-of-mia").doesNotContain("mia.berger");
        String sealed = staffCalendars.find(new TenantId(business.tenantId),
                new StaffId(UUID.fromString(business.staffId))).orElseThrow().sealedPassword();
        assertThat(sealed).startsWith("v1:").doesNotContain("pa55-word-of-mia");

        business.desk().body(Map.of("caldav_url", "https://dav.example.org/x/", "username", "u", "password", "p"))
                .put("/api/staff/" + business.staffId + "/calendar").then().statusCode(403);
        ErrorEnvelope.invalid(business.admin().body(Map.of("caldav_url", "ftp://dav.example.org/x", "username", "u",
                "password", "p")).put("/api/staff/" + business.staffId + "/calendar"), "caldav_url");
        business.admin().delete("/api/staff/" + business.staffId + "/calendar").then().statusCode(200)
                .body("calendar.caldavConnected", equalTo(false));
        business.admin().body(Map.of("caldav_url", "https://dav.example.org/x/", "username", "u", "password", "p"))
                .put("/api/staff/" + UUID.randomUUID() + "/calendar").then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse calendarOf(Business business, String bookingId) {
        return business.desk().get("/api/bookings/" + bookingId).then().statusCode(200).rootPath("booking.calendar");
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static Instant instant(VEvent event, String property) {
        DateProperty<?> date = event.getProperty(property).map(p -> (DateProperty<?>) p).orElseThrow();
        return Instant.from(date.getDate());
    }
}
