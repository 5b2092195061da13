package io.frontdesk.booking.adapter.calendar;

import io.frontdesk.booking.application.port.out.CalendarEvent;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Bookings as iCalendar (RFC 5545) documents, written with ical4j: one VEVENT per booking, its UID derived from
 * the booking id, its start and end in the business's time zone (TZID), and a VTIMEZONE for each zone used, so
 * that every calendar shows the booking at the business's wall-clock time.
 */
final class IcsDocuments {

    static final String PRODUCT = "-//Frontdesk//Bookings//EN";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsDocuments() {
    }

    /** A calendar holding {@code events}; {@code name} (when given) is the name calendar apps show for it. */
    static String calendar(String name, List<CalendarEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        Set<ZoneId> zones = new LinkedHashSet<>();
        events.forEach(e -> zones.add(e.zone()));
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
        events.forEach(e -> calendar.add(event(e)));
        return calendar.toString();
    }

    private static VEvent event(CalendarEvent e) {
        ZoneId zone = e.zone();
        ZonedDateTime start = e.time().start().atZone(zone);
        ZonedDateTime end = e.time().end().atZone(zone);
        VEvent event = new VEvent(start, end, e.serviceName() + " – " + e.customerName());
        event.add(new Uid(e.uid()));
        event.add(new Description(e.serviceName() + " for " + e.customerName() + " with " + e.staffName() + " ("
                + e.businessName() + ")"));
        event.add(new Location(e.businessName()));
        return event;
    }
}
