package io.frontdesk.booking.domain.booking;

import static io.frontdesk.booking.domain.booking.BookingBuilder.CONFIRMED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever staff click, in whatever order and however often, a booking ends at most once: the first end command
 * that is valid wins, every later one is refused and changes nothing, and the recorded facts match the status.
 */
class BookingCommandSequencePropertyTest {

    /** The moves the business rules allow, written out independently of the production table. */
    private static final Map<BookingStatus, Set<BookingStatus>> ALLOWED = Map.of(
            BookingStatus.CONFIRMED, Set.of(BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.CANCELED),
            BookingStatus.COMPLETED, Set.of(),
            BookingStatus.NO_SHOW, Set.of(),
            BookingStatus.CANCELED, Set.of());

    @Property
    void aBookingEndsAtMostOnceAndItsFactsMatchItsStatus(@ForAll("commandSequences") List<Command> commands) {
        Booking booking = BookingBuilder.aConfirmedBooking().build();
        Instant now = CONFIRMED_AT;
        Instant endedAt = null;
        int successfulTransitions = 0;
        List<BookingEvent> events = new ArrayList<>();

        for (Command command : commands) {
            now = now.plus(command.after());
            BookingStatus before = booking.status();
            Booking.Snapshot snapshotBefore = booking.snapshot();
            try {
                command.applyTo(booking, now);
                assertThat(ALLOWED.get(before)).as("%s accepted from %s", command, before).contains(command.target());
                assertThat(booking.status()).isEqualTo(command.target());
                if (command instanceof Cancel cancel) {
                    assertThat(booking.cancellationReason()).isEqualTo(
                            Optional.ofNullable(cancel.reason()).map(String::strip).filter(r -> !r.isEmpty()));
                }
                endedAt = now;
                successfulTransitions++;
            } catch (IllegalTransitionException refused) {
                assertThat(before).as("only an ended booking refuses %s", command)
                        .isNotEqualTo(BookingStatus.CONFIRMED);
                assertThat(refused.code()).isEqualTo(ErrorCode.BOOKING_TRANSITION_REFUSED);
                assertThat(refused.from()).isEqualTo(before.value());
                assertThat(refused.to()).isEqualTo(command.target().value());
                assertThat(booking.snapshot()).isEqualTo(snapshotBefore);
            } catch (DomainValidationException invalid) {
                assertThat(command).isInstanceOfSatisfying(Cancel.class,
                        c -> assertThat(c.reason().strip()).hasSizeGreaterThan(Booking.MAX_CANCELLATION_REASON_LENGTH));
                assertThat(booking.snapshot()).isEqualTo(snapshotBefore);
            }
            events.addAll(booking.pullEvents());
            assertFactsMatchStatus(booking, endedAt);
        }

        assertThat(successfulTransitions).isLessThanOrEqualTo(1);
        assertThat(events).hasSize(successfulTransitions);
        events.forEach(event -> {
            assertThat(event.from()).contains(BookingStatus.CONFIRMED);
            assertThat(event.to()).isEqualTo(booking.status());
        });
    }

    @Property
    void afterTheFirstSuccessfulCommandEveryFurtherCommandIsRefused(
            @ForAll("validCommands") Command first, @ForAll("commandSequences") List<Command> rest) {
        Booking booking = BookingBuilder.aConfirmedBooking().build();
        Instant now = CONFIRMED_AT.plus(first.after());

        first.applyTo(booking, now);
        Booking.Snapshot ended = booking.snapshot();
        booking.pullEvents();

        for (Command command : rest) {
            Instant later = now.plus(command.after());
            assertThatThrownBy(() -> command.applyTo(booking, later)).isInstanceOfAny(
                    IllegalTransitionException.class, DomainValidationException.class);
        }
        assertThat(booking.snapshot()).isEqualTo(ended);
        assertThat(booking.pullEvents()).isEmpty();
    }

    private static void assertFactsMatchStatus(Booking booking, Instant endedAt) {
        BookingStatus status = booking.status();
        assertThat(status).as("reachable from confirmed")
                .isIn(BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.CANCELED);
        assertThat(booking.completedAt()).isEqualTo(status == BookingStatus.COMPLETED
                ? Optional.of(endedAt) : Optional.empty());
        assertThat(booking.noShowAt()).isEqualTo(status == BookingStatus.NO_SHOW
                ? Optional.of(endedAt) : Optional.empty());
        assertThat(booking.canceledAt()).isEqualTo(status == BookingStatus.CANCELED
                ? Optional.of(endedAt) : Optional.empty());
        if (status != BookingStatus.CANCELED) {
            assertThat(booking.cancellationReason()).isEmpty();
        }
        assertThat(booking.confirmedAt()).isEqualTo(CONFIRMED_AT);
        assertThat(booking.updatedAt()).isEqualTo(endedAt == null ? CONFIRMED_AT : endedAt);
    }

    @Provide
    Arbitrary<List<Command>> commandSequences() {
        return Arbitraries.oneOf(validCommands(), tooLongCancellations()).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Command> validCommands() {
        Arbitrary<Duration> after = Arbitraries.longs().between(0, 3 * 24 * 60).map(Duration::ofMinutes);
        Arbitrary<String> reasons = Arbitraries.strings().ofMaxLength(40).injectNull(0.2);
        return Arbitraries.oneOf(
                after.map(Complete::new),
                after.map(MarkNoShow::new),
                Combinators.combine(after, reasons).as(Cancel::new));
    }

    private Arbitrary<Command> tooLongCancellations() {
        return Arbitraries.strings().alpha().ofMinLength(Booking.MAX_CANCELLATION_REASON_LENGTH + 1)
                .ofMaxLength(Booking.MAX_CANCELLATION_REASON_LENGTH + 20)
                .map(reason -> new Cancel(Duration.ofMinutes(1), reason));
    }

    /** One thing staff can do to a booking, some time after the previous one. */
    sealed interface Command permits Complete, MarkNoShow, Cancel {
        Duration after();

        BookingStatus target();

        void applyTo(Booking booking, Instant now);
    }

    record Complete(Duration after) implements Command {
        public BookingStatus target() {
            return BookingStatus.COMPLETED;
        }

        public void applyTo(Booking booking, Instant now) {
            booking.complete(now);
        }
    }

    record MarkNoShow(Duration after) implements Command {
        public BookingStatus target() {
            return BookingStatus.NO_SHOW;
        }

        public void applyTo(Booking booking, Instant now) {
            booking.markNoShow(now);
        }
    }

    record Cancel(Duration after, String reason) implements Command {
        public BookingStatus target() {
            return BookingStatus.CANCELED;
        }

        public void applyTo(Booking booking, Instant now) {
            booking.cancel(reason, now);
        }
    }
}
