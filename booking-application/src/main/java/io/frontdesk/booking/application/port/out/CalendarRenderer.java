package io.frontdesk.booking.application.port.out;

import java.util.List;

/** Writes events as an iCalendar document (RFC 5545), for subscription feeds. */
public interface CalendarRenderer {

    /** One calendar named {@code calendarName} holding exactly {@code events}, each with its time zone. */
    String render(String calendarName, List<CalendarEvent> events);
}
