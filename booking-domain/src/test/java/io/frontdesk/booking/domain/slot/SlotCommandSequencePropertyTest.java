package io.frontdesk.booking.domain.slot;

import static io.frontdesk.booking.domain.slot.SlotBuilder.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.frontdesk.booking.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
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
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Any sequence of slot commands, at any times, leaves the slot in a state its life cycle allows: every change is
 * one of the allowed moves, a hold exists exactly while the slot is held, and a refused command changes nothing.
 * The expected outcome of each command comes from a small model of the rules written here.
 */
class SlotCommandSequencePropertyTest {

    /** The allowed moves, written out independently of the production table. */
    private static final Map<SlotStatus, Set<SlotStatus>> ALLOWED = Map.of(
            SlotStatus.OPEN, Set.of(SlotStatus.HELD, SlotStatus.BOOKED),
            SlotStatus.HELD, Set.of(SlotStatus.OPEN, SlotStatus.BOOKED),
            SlotStatus.BOOKED, Set.of(SlotStatus.OPEN));

    /** The slot starts a day after the first command; later commands may come after it started. */
    private static final Instant START = NOW.plus(Duration.ofDays(1));

    @Property
    void everyCommandDoesWhatTheRulesSayAndNothingElse(@ForAll("commandSequences") List<Command> commands) {
        Slot slot = SlotBuilder.anOpenSlot().startingAt(START).build();
        Instant now = NOW;

        for (Command command : commands) {
            now = now.plus(command.after());
            SlotStatus before = slot.status();
            Optional<Instant> holdBefore = slot.heldUntil();
            Optional<SlotStatus> expected = command.expectedOutcome(before, holdBefore, now);

            Throwable refusal = catchThrowable(command.applyTo(slot, now));

            if (expected.isPresent()) {
                assertThat(refusal).as("%s from %s at %s", command, before, now).isNull();
                assertThat(slot.status()).isEqualTo(expected.get());
                assertThat(ALLOWED.get(before)).as("%s -> %s", before, slot.status()).contains(slot.status());
            } else {
                assertThat(refusal).as("%s from %s at %s", command, before, now).isInstanceOf(DomainException.class);
                assertThat(slot.status()).isEqualTo(before);
                assertThat(slot.heldUntil()).isEqualTo(holdBefore);
            }
            assertThat(slot.heldUntil().isPresent()).isEqualTo(slot.status() == SlotStatus.HELD);
            assertThat(slot.isBookable(now)).isEqualTo(slot.status() == SlotStatus.OPEN && now.isBefore(START));
        }
    }

    @Provide
    Arbitrary<List<Command>> commandSequences() {
        Arbitrary<Duration> after = Arbitraries.longs().between(0, 6 * 60).map(Duration::ofMinutes);
        Arbitrary<Duration> holdFor = Arbitraries.longs().between(-30, 8 * 60).map(Duration::ofMinutes);
        Arbitrary<Command> command = Arbitraries.oneOf(
                after.map(Book::new),
                Combinators.combine(after, holdFor).as(Hold::new),
                after.map(BookHeld::new),
                after.map(ReleaseHold::new),
                after.map(Release::new));
        return command.list().ofMaxSize(12);
    }

    /** One thing the application can do to a slot, some time after the previous one. */
    sealed interface Command permits Book, Hold, BookHeld, ReleaseHold, Release {
        Duration after();

        /** The status the rules expect after the command, or empty when they expect a refusal. */
        Optional<SlotStatus> expectedOutcome(SlotStatus status, Optional<Instant> heldUntil, Instant now);

        ThrowingCallable applyTo(Slot slot, Instant now);
    }

    record Book(Duration after) implements Command {
        public Optional<SlotStatus> expectedOutcome(SlotStatus status, Optional<Instant> heldUntil, Instant now) {
            return status == SlotStatus.OPEN && now.isBefore(START) ? Optional.of(SlotStatus.BOOKED)
                    : Optional.empty();
        }

        public ThrowingCallable applyTo(Slot slot, Instant now) {
            return () -> slot.book(now);
        }
    }

    record Hold(Duration after, Duration holdFor) implements Command {
        public Optional<SlotStatus> expectedOutcome(SlotStatus status, Optional<Instant> heldUntil, Instant now) {
            boolean untilIsFuture = !holdFor.isNegative() && !holdFor.isZero();
            return status == SlotStatus.OPEN && now.isBefore(START) && untilIsFuture ? Optional.of(SlotStatus.HELD)
                    : Optional.empty();
        }

        public ThrowingCallable applyTo(Slot slot, Instant now) {
            return () -> slot.hold(now.plus(holdFor), now);
        }
    }

    record BookHeld(Duration after) implements Command {
        public Optional<SlotStatus> expectedOutcome(SlotStatus status, Optional<Instant> heldUntil, Instant now) {
            boolean holdStillOn = heldUntil.map(now::isBefore).orElse(false);
            return status == SlotStatus.HELD && holdStillOn && now.isBefore(START) ? Optional.of(SlotStatus.BOOKED)
                    : Optional.empty();
        }

        public ThrowingCallable applyTo(Slot slot, Instant now) {
            return () -> slot.bookHeld(now);
        }
    }

    record ReleaseHold(Duration after) implements Command {
        public Optional<SlotStatus> expectedOutcome(SlotStatus status, Optional<Instant> heldUntil, Instant now) {
            return status == SlotStatus.HELD ? Optional.of(SlotStatus.OPEN) : Optional.empty();
        }

        public ThrowingCallable applyTo(Slot slot, Instant now) {
            return slot::releaseHold;
        }
    }

    record Release(Duration after) implements Command {
        public Optional<SlotStatus> expectedOutcome(SlotStatus status, Optional<Instant> heldUntil, Instant now) {
            return status == SlotStatus.BOOKED ? Optional.of(SlotStatus.OPEN) : Optional.empty();
        }

        public ThrowingCallable applyTo(Slot slot, Instant now) {
            return slot::release;
        }
    }
}
