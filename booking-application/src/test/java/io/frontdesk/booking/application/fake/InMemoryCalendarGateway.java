package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.CalendarCredentials;
import io.frontdesk.booking.application.port.out.CalendarDeliveryException;
import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarGateway;
import io.frontdesk.booking.domain.booking.BookingId;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calendars in memory, one per collection URL, each accepting one account (username and password), like a CalDAV
 * server would. A test can take the server down, and count the writes it received.
 */
public final class InMemoryCalendarGateway implements CalendarGateway {

    private final Map<URI, String> accounts = new HashMap<>();
    private final Map<URI, Map<String, CalendarEvent>> calendars = new HashMap<>();
    private final Set<URI> unreachable = new HashSet<>();
    private final AtomicInteger writes = new AtomicInteger();
    private volatile boolean down;

    /** A calendar at {@code url} that accepts {@code username} with {@code password}. */
    public synchronized void addCalendar(URI url, String username, String password) {
        accounts.put(url, username + ":" + password);
        calendars.put(url, new LinkedHashMap<>());
    }

    /** A calendar URL whose server never answers. */
    public synchronized void addUnreachable(URI url) {
        unreachable.add(url);
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    @Override
    public synchronized void createEvent(CalendarCredentials calendar, CalendarEvent event) {
        Map<String, CalendarEvent> events = calendarOf(calendar);
        writes.incrementAndGet();
        events.putIfAbsent(event.uid(), event);
    }

    @Override
    public synchronized void deleteEvent(CalendarCredentials calendar, BookingId bookingId) {
        Map<String, CalendarEvent> events = calendarOf(calendar);
        writes.incrementAndGet();
        events.remove(CalendarEvent.uidOf(bookingId));
    }

    /** The events the calendar at {@code url} holds. */
    public synchronized List<CalendarEvent> events(URI url) {
        return List.copyOf(calendars.getOrDefault(url, Map.of()).values());
    }

    /** How many creations and deletions reached the server (not counting refused ones). */
    public int writes() {
        return writes.get();
    }

    private Map<String, CalendarEvent> calendarOf(CalendarCredentials calendar) {
        if (down || unreachable.contains(calendar.collectionUrl())) {
            throw new CalendarDeliveryException("Could not reach the calendar server at "
                    + calendar.collectionUrl().getHost() + ": connection refused");
        }
        Map<String, CalendarEvent> events = calendars.get(calendar.collectionUrl());
        if (events == null) {
            throw new CalendarDeliveryException("The calendar server has no calendar at "
                    + calendar.collectionUrl() + " (404 Not Found)");
        }
        if (!accounts.get(calendar.collectionUrl()).equals(calendar.username() + ":" + calendar.password())) {
            throw new CalendarDeliveryException("The calendar server refused the username or password "
                    + "(401 Unauthorized)");
        }
        return events;
    }
}
