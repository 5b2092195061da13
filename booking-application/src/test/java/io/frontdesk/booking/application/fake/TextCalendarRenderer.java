package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarRenderer;
import java.util.List;

/** A minimal iCalendar writer for tests of the feed use case: one VEVENT with UID and SUMMARY per event. */
public final class TextCalendarRenderer implements CalendarRenderer {

    @Override
    public String render(String calendarName, List<CalendarEvent> events) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nX-WR-CALNAME:" + calendarName + "\r\n");
        for (CalendarEvent e : events) {
            ics.append("BEGIN:VEVENT\r\nUID:").append(e.uid()).append("\r\nSUMMARY:").append(e.serviceName())
                    .append(" - ").append(e.customerName()).append("\r\nEND:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString();
    }
}
