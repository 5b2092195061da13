package io.frontdesk.booking.adapter.calendar;

import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Subscription feeds as iCalendar documents (see {@link IcsDocuments}). */
@ApplicationScoped
public class Ical4jCalendarRenderer implements CalendarRenderer {

    @Override
    public String render(String calendarName, List<CalendarEvent> events) {
        return IcsDocuments.calendar(calendarName, events);
    }
}
