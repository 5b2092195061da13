package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A booking as a calendar shows it: who comes for what, with whom, when — with the business's time zone, in which
 * calendars display it — and the booking's status, so a late job can tell whether the event should still exist.
 */
public record CalendarEvent(TenantId tenantId, BookingId bookingId, StaffId staffId, BookingStatus status,
        String businessName, String serviceName, String staffName, String customerName, TimeRange time,
        ZoneId zone) {

    public CalendarEvent {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(bookingId, "booking id");
        Objects.requireNonNull(staffId, "staff id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(businessName, "business name");
        Objects.requireNonNull(serviceName, "service name");
        Objects.requireNonNull(staffName, "staff name");
        Objects.requireNonNull(customerName, "customer name");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /** The event's iCalendar UID: derived from the booking id alone, so every copy of the event is the same one. */
    public String uid() {
        return uidOf(bookingId);
    }

    public static String uidOf(BookingId bookingId) {
        return "frontdesk-booking-" + bookingId.value();
    }

    /** Whether the booking still occupies its time (confirmed or completed), i.e. belongs in a calendar. */
    public boolean occupiesTime() {
        return status == BookingStatus.CONFIRMED || status == BookingStatus.COMPLETED;
    }
}
