package io.frontdesk.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.out.CalendarCredentials;
import io.frontdesk.booking.application.port.out.CalendarDeliveryException;
import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarGateway;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CalendarGateway} must do against a calendar: create an event once however often it is sent,
 * delete it and accept deleting what is gone, and report wrong credentials or an unreachable server as a
 * {@link CalendarDeliveryException} whose message says so without revealing the password.
 */
public abstract class CalendarGatewayContract {

    protected abstract CalendarGateway gateway();

    /** A new, empty calendar of its own for one test, with working credentials. */
    protected abstract CalendarCredentials newCalendar();

    /** The UIDs of the events the calendar holds, one entry per stored event. */
    protected abstract List<String> uidsIn(CalendarCredentials calendar);

    /** Credentials of a calendar whose server does not answer. */
    protected abstract CalendarCredentials unreachableCalendar();

    @Test
    void aCreatedEventIsInTheCalendarOnceHoweverOftenItIsSent() {
        CalendarCredentials calendar = newCalendar();
        CalendarEvent event = anEvent();

        gateway().createEvent(calendar, event);
        gateway().createEvent(calendar, event);

        assertThat(uidsIn(calendar)).containsExactly(event.uid());
    }

    @Test
    void aDeletedEventIsGoneAndDeletingItAgainSucceeds() {
        CalendarCredentials calendar = newCalendar();
        CalendarEvent kept = anEvent();
        CalendarEvent deleted = anEvent();
        gateway().createEvent(calendar, kept);
        gateway().createEvent(calendar, deleted);

        gateway().deleteEvent(calendar, deleted.bookingId());
        gateway().deleteEvent(calendar, deleted.bookingId());
        gateway().deleteEvent(calendar, new BookingId(UUID.randomUUID()));

        assertThat(uidsIn(calendar)).containsExactly(kept.uid());
    }

    @Test
    void wrongCredentialsAreRefusedReadablyWithoutThePassword() {
        CalendarCredentials calendar = newCalendar();
        CalendarCredentials wrong = new CalendarCredentials(calendar.collectionUrl(), calendar.username(),
                "not-the-password-xyz");

        assertThatThrownBy(() -> gateway().createEvent(wrong, anEvent()))
                .isInstanceOf(CalendarDeliveryException.class)
                .hasMessageContaining("401")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-password-xyz"));
        assertThat(uidsIn(calendar)).isEmpty();
    }

    @Test
    void anUnreachableServerIsReportedAsADeliveryFailure() {
        assertThatThrownBy(() -> gateway().createEvent(unreachableCalendar(), anEvent()))
                .isInstanceOf(CalendarDeliveryException.class)
                .hasMessageContaining("reach");
        assertThatThrownBy(() -> gateway().deleteEvent(unreachableCalendar(), new BookingId(UUID.randomUUID())))
                .isInstanceOf(CalendarDeliveryException.class);
    }

    /** A confirmed haircut of one hour, three days from now, in Berlin. */
    protected static CalendarEvent anEvent() {
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        return new CalendarEvent(new TenantId(UUID.randomUUID()), new BookingId(UUID.randomUUID()),
                new StaffId(UUID.randomUUID()), BookingStatus.CONFIRMED, "Studio Lumen", "Haircut", "Lena Vogel",
                "Maria Garcia", TimeRange.of(start, Duration.ofHours(1)), ZoneId.of("Europe/Berlin"));
    }
}
