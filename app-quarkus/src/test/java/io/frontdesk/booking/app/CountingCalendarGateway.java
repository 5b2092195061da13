package io.frontdesk.booking.app;

import io.frontdesk.booking.application.port.out.CalendarCredentials;
import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarGateway;
import io.frontdesk.booking.domain.booking.BookingId;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the calls that reach the real CalDAV gateway, per booking, so a test can prove that no job was delivered
 * twice. Every call still goes to the real gateway.
 */
@Decorator
@Priority(10)
public abstract class CountingCalendarGateway implements CalendarGateway {

    private static final Map<UUID, AtomicInteger> CREATIONS = new ConcurrentHashMap<>();

    @Inject
    @Any
    @Delegate
    CalendarGateway delegate;

    /** How many times the creation of the booking's event was sent. */
    public static int creationsOf(String bookingId) {
        return CREATIONS.getOrDefault(UUID.fromString(bookingId), new AtomicInteger()).get();
    }

    @Override
    public void createEvent(CalendarCredentials calendar, CalendarEvent event) {
        CREATIONS.computeIfAbsent(event.bookingId().value(), id -> new AtomicInteger()).incrementAndGet();
        delegate.createEvent(calendar, event);
    }

    @Override
    public void deleteEvent(CalendarCredentials calendar, BookingId bookingId) {
        delegate.deleteEvent(calendar, bookingId);
    }
}
