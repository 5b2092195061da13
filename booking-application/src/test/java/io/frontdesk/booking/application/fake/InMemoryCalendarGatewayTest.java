package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.CalendarCredentials;
import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarGateway;
import io.frontdesk.booking.application.port.out.contract.CalendarGatewayContract;
import java.net.URI;
import java.util.List;
import java.util.UUID;

class InMemoryCalendarGatewayTest extends CalendarGatewayContract {

    private final InMemoryCalendarGateway gateway = new InMemoryCalendarGateway();

    @Override
    protected CalendarGateway gateway() {
        return gateway;
    }

    @Override
    protected CalendarCredentials newCalendar() {
        URI url = URI.create("https://dav.example.org/" + UUID.randomUUID() + "/");
        gateway.addCalendar(url, "lena", "s3cret");
        return new CalendarCredentials(url, "lena", "s3cret");
    }

    @Override
    protected List<String> uidsIn(CalendarCredentials calendar) {
        return gateway.events(calendar.collectionUrl()).stream().map(CalendarEvent::uid).toList();
    }

    @Override
    protected CalendarCredentials unreachableCalendar() {
        URI url = URI.create("https://down.example.org/lena/");
        gateway.addUnreachable(url);
        return new CalendarCredentials(url, "lena", "s3cret");
    }
}
