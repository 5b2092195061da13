package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.fake.InMemoryFrontdesk;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.CalendarSync;
import io.frontdesk.booking.application.port.in.ConfigureStaffCalendarCommand;
import io.frontdesk.booking.application.port.in.NothingToRetryException;
import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.NotFoundException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar worker over in-memory out-ports: delivery, backoff, giving up, admin retry, skipped jobs. */
class SyncingCalendarsTest {

    private static final URI LENAS_CALENDAR = URI.create("https://dav.example.org/lena/work/");

    private Scenario shop;

    @BeforeEach
    void aBusinessWhoseStylistHasACalendar() {
        shop = Scenario.aBusiness();
        shop.app.calendarGateway.addCalendar(LENAS_CALENDAR, "lena", "s3cret");
        connect("s3cret");
    }

    @Test
    void aNewBookingIsWrittenToTheStaffMembersCalendar() {
        BookingView booking = shop.bookedAt(shop.inHours(4));
        assertThat(calendar(booking).state()).isEqualTo(CalendarSync.State.PENDING);

        shop.app.calendarSync.processDueJobs();

        assertThat(shop.app.calendarGateway.events(LENAS_CALENDAR)).extracting(CalendarEvent::bookingId)
                .containsExactly(booking.id());
        CalendarEvent event = shop.app.calendarGateway.events(LENAS_CALENDAR).get(0);
        assertThat(event.serviceName()).isEqualTo("Haircut");
        assertThat(event.customerName()).isEqualTo("Maria Garcia");
        assertThat(event.staffName()).isEqualTo("Lena Vogel");
        assertThat(event.time().start()).isEqualTo(booking.startTime());
        assertThat(calendar(booking)).isEqualTo(new CalendarSync(CalendarSync.State.SYNCED,
                java.util.Optional.empty(), 1, java.util.Optional.empty()));
    }

    @Test
    void cancelingAndNoShowRemoveTheEventCompletingKeepsIt() {
        BookingView canceled = shop.bookedAt(shop.inHours(2));
        BookingView noShow = shop.bookedAt(shop.inHours(4));
        BookingView completed = shop.bookedAt(shop.inHours(6));
        shop.app.calendarSync.processDueJobs();

        shop.cancel(canceled);
        shop.markNoShow(noShow);
        shop.complete(completed);
        shop.app.calendarSync.processDueJobs();

        assertThat(shop.app.calendarGateway.events(LENAS_CALENDAR)).extracting(CalendarEvent::bookingId)
                .containsExactly(completed.id());
        assertThat(calendar(canceled).state()).isEqualTo(CalendarSync.State.SYNCED);
    }

    @Test
    void aFailedDeliveryIsRetriedWithGrowingBackoffAndGivenUpAfterTheLastAttempt() {
        shop.app.calendarGateway.goDown();
        BookingView booking = shop.bookedAt(shop.inHours(30));
        Duration previous = Duration.ZERO;

        for (int attempt = 1; attempt < InMemoryFrontdesk.SYNC_POLICY.maxAttempts(); attempt++) {
            shop.app.calendarSync.processDueJobs();
            CalendarSync sync = calendar(booking);
            assertThat(sync.state()).isEqualTo(CalendarSync.State.PENDING);
            assertThat(sync.attempts()).isEqualTo(attempt);
            assertThat(sync.lastError()).get().asString().contains("connection refused");
            Duration wait = Duration.between(shop.clock.instant(), sync.nextAttemptAt().orElseThrow());
            Duration backoff = InMemoryFrontdesk.SYNC_POLICY.initialBackoff().multipliedBy(1L << (attempt - 1));
            assertThat(wait).isBetween(backoff.dividedBy(2), backoff).isGreaterThan(previous.dividedBy(2));
            previous = wait;

            shop.clock.advance(wait.minusSeconds(1));
            shop.app.calendarSync.processDueJobs();
            assertThat(calendar(booking).attempts()).as("not due before its backoff").isEqualTo(attempt);
            shop.clock.advance(Duration.ofSeconds(1));
        }
        shop.app.calendarSync.processDueJobs();

        CalendarSync failed = calendar(booking);
        assertThat(failed.state()).isEqualTo(CalendarSync.State.FAILED);
        assertThat(failed.attempts()).isEqualTo(InMemoryFrontdesk.SYNC_POLICY.maxAttempts());
        assertThat(failed.lastError()).get().asString().contains("Could not reach the calendar server");
        shop.clock.advance(Duration.ofDays(1));
        shop.app.calendarSync.processDueJobs();
        assertThat(calendar(booking).state()).as("a failed job waits for an admin").isEqualTo(CalendarSync.State.FAILED);
    }

    @Test
    void wrongCredentialsFailReadablyAndARetryAfterFixingThemSucceeds() {
        connect("wrong-password");
        BookingView booking = shop.bookedAt(shop.inHours(30));
        for (int attempt = 0; attempt < InMemoryFrontdesk.SYNC_POLICY.maxAttempts(); attempt++) {
            shop.app.calendarSync.processDueJobs();
            shop.clock.advance(InMemoryFrontdesk.SYNC_POLICY.maxBackoff());
        }
        assertThat(calendar(booking).state()).isEqualTo(CalendarSync.State.FAILED);
        assertThat(calendar(booking).lastError()).get().asString().contains("401").doesNotContain("wrong-password");

        connect("s3cret");
        CalendarSync retried = shop.app.calendarSync.retry(shop.tenant.id(), Scenario.DESK, booking.id());
        assertThat(retried.state()).isEqualTo(CalendarSync.State.PENDING);
        assertThat(retried.attempts()).isZero();
        shop.app.calendarSync.processDueJobs();

        assertThat(calendar(booking).state()).isEqualTo(CalendarSync.State.SYNCED);
        assertThat(shop.app.calendarGateway.events(LENAS_CALENDAR)).hasSize(1);
    }

    @Test
    void aRetryIsRefusedWhenNothingFailedAndForAnUnknownBooking() {
        BookingView booking = shop.bookedAt(shop.inHours(4));

        assertThatThrownBy(() -> shop.app.calendarSync.retry(shop.tenant.id(), Scenario.DESK, booking.id()))
                .isInstanceOf(NothingToRetryException.class).hasMessageContaining("pending");
        shop.app.calendarSync.processDueJobs();
        assertThatThrownBy(() -> shop.app.calendarSync.retry(shop.tenant.id(), Scenario.DESK, booking.id()))
                .isInstanceOf(NothingToRetryException.class).hasMessageContaining("synced");
        assertThatThrownBy(() -> shop.app.calendarSync.retry(shop.anotherBusiness().tenant.id(), Scenario.DESK,
                booking.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shop.app.calendarSync.retry(shop.tenant.id(), Scenario.DESK,
                new BookingId(UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStaffMemberWithoutCalendarGetsNothingAndTheBookingSaysSo() {
        shop.app.staffCalendarSettings.disconnect(shop.tenant.id(), Scenario.DESK, shop.staff.id());
        BookingView booking = shop.bookedAt(shop.inHours(4));

        shop.app.calendarSync.processDueJobs();

        assertThat(calendar(booking).state()).isEqualTo(CalendarSync.State.NOT_CONFIGURED);
        assertThat(shop.app.calendarJobs.all()).extracting(CalendarJob::state)
                .containsExactly(CalendarJob.State.SKIPPED);
        assertThat(shop.app.calendarGateway.writes()).isZero();
    }

    @Test
    void aCreationStillWaitingWhenTheBookingIsCanceledIsNeverWritten() {
        shop.app.calendarGateway.goDown();
        BookingView booking = shop.bookedAt(shop.inHours(30));
        shop.app.calendarSync.processDueJobs();
        shop.cancel(booking);
        shop.app.calendarGateway.comeBack();

        shop.clock.advance(InMemoryFrontdesk.SYNC_POLICY.maxBackoff());
        shop.app.calendarSync.processDueJobs();

        assertThat(shop.app.calendarGateway.events(LENAS_CALENDAR)).isEmpty();
        assertThat(shop.app.calendarJobs.all()).extracting(CalendarJob::state)
                .containsExactly(CalendarJob.State.DONE, CalendarJob.State.DONE);
        assertThat(calendar(booking).state()).isEqualTo(CalendarSync.State.SYNCED);
    }

    @Test
    void aJobHeldByAWorkerIsNotDeliveredByAnother() {
        BookingView booking = shop.bookedAt(shop.inHours(4));
        var claimed = shop.app.calendarJobs.claimDue(shop.clock.instant(),
                shop.clock.instant().plus(InMemoryFrontdesk.SYNC_POLICY.lease()), 10);

        assertThat(shop.app.calendarSync.processDueJobs()).isZero();
        assertThat(claimed).extracting(CalendarJob::bookingId).containsExactly(booking.id());

        shop.clock.advance(InMemoryFrontdesk.SYNC_POLICY.lease());
        assertThat(shop.app.calendarSync.processDueJobs()).as("a dead worker's jobs fall due again").isEqualTo(1);
        assertThat(calendar(booking).state()).isEqualTo(CalendarSync.State.SYNCED);
    }

    private void connect(String password) {
        shop.app.staffCalendarSettings.configure(new ConfigureStaffCalendarCommand(shop.tenant.id(), Scenario.DESK,
                shop.staff.id(), LENAS_CALENDAR.toString(), "lena", password));
    }

    private CalendarSync calendar(BookingView booking) {
        return shop.app.reads.get(shop.tenant.id(), booking.id()).calendar();
    }
}
