package io.frontdesk.booking.app.api;

import io.frontdesk.booking.adapter.calendar.RadicaleServer;
import io.frontdesk.booking.app.RadicaleTestServer;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The test run's CalDAV server (Radicale) as tests use it: a fresh calendar per test, connected to a staff member
 * through the API, and a look at what the server holds, parsed with ical4j.
 */
final class Calendars {

    static final String USER = "mia";

    private Calendars() {
    }

    static RadicaleServer server() {
        return RadicaleServer.attach(Path.of(ConfigProvider.getConfig().getValue(RadicaleTestServer.HOME,
                String.class)));
    }

    /** A new calendar on the server, connected to the business's staff member through the admin API. */
    static URI connect(Business business) {
        return connect(business, business.staffId, RadicaleTestServer.USERS.get(USER));
    }

    static URI connect(Business business, String staffId, String password) {
        URI calendar = server().createCalendar(USER, "work-" + UUID.randomUUID());
        business.admin().body(Map.of("caldav_url", calendar.toString(), "username", USER, "password", password))
                .put("/api/staff/" + staffId + "/calendar").then().statusCode(200);
        return calendar;
    }

    /** The names of the event resources in the calendar. */
    static List<String> resources(URI calendar) {
        return server().resources(USER, calendar);
    }

    /** The booking's event as the server stores it, parsed; empty when the server has none. */
    static java.util.Optional<Calendar> event(URI calendar, String bookingId) {
        return server().read(USER, calendar, "frontdesk-booking-" + bookingId + ".ics").map(Calendars::parse);
    }

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("not a valid iCalendar document: " + e.getMessage() + "\n" + ics, e);
        }
    }
}
