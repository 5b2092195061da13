package io.frontdesk.booking.adapter.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.CalendarCredentials;
import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarGateway;
import io.frontdesk.booking.application.port.out.contract.CalendarGatewayContract;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@link CalendarGateway} contract against a real CalDAV server (Radicale), plus what the event holds. */
class CalDavCalendarGatewayTest extends CalendarGatewayContract {

    private static RadicaleServer radicale;
    private final CalDavCalendarGateway gateway = new CalDavCalendarGateway(
            new CalDavCalendarGateway.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));

    @BeforeAll
    static void startServer() {
        radicale = RadicaleServer.start(Map.of("lena", "s3cret"));
    }

    @AfterAll
    static void stopServer() {
        radicale.close();
    }

    @Override
    protected CalendarGateway gateway() {
        return gateway;
    }

    @Override
    protected CalendarCredentials newCalendar() {
        return new CalendarCredentials(radicale.createCalendar("lena", "cal-" + UUID.randomUUID()), "lena",
                "s3cret");
    }

    @Override
    protected List<String> uidsIn(CalendarCredentials calendar) {
        return radicale.resources("lena", calendar.collectionUrl()).stream()
                .map(name -> name.substring(0, name.length() - ".ics".length())).toList();
    }

    @Override
    protected CalendarCredentials unreachableCalendar() {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new CalendarCredentials(URI.create("http://127.0.0.1:" + closedPort + "/lena/work/"), "lena",
                "s3cret");
    }

    @Test
    void theStoredEventHasItsUidTimesAndZone() {
        CalendarCredentials calendar = newCalendar();
        CalendarEvent event = anEvent();

        gateway.createEvent(calendar, event);

        String ics = radicale.read("lena", calendar.collectionUrl(), event.uid() + ".ics").orElseThrow();
        assertThat(ics).contains("UID:" + event.uid(), "TZID:Europe/Berlin", "BEGIN:VTIMEZONE",
                "SUMMARY:Haircut – Maria Garcia");
        assertThat(ics).containsPattern("DTSTART;TZID=Europe/Berlin:\\d{8}T\\d{6}");
    }

    @Test
    void aMissingCalendarIsReportedAsSuch() {
        CalendarCredentials missing = new CalendarCredentials(radicale.baseUrl().resolve("lena/nothing-here/"),
                "lena", "s3cret");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gateway.createEvent(missing, anEvent()))
                .hasMessageContaining("no calendar at this URL");
    }
}
