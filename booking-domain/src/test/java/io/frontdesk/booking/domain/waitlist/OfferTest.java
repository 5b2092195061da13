package io.frontdesk.booking.domain.waitlist;

import static io.frontdesk.booking.domain.slot.SlotBuilder.DEFAULT_START;
import static io.frontdesk.booking.domain.slot.SlotBuilder.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.SampleCustomers;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An offer as sent: answered once, in time, with the outcome kept after it closes. */
class OfferTest {

    private static final Instant EXPIRES = NOW.plus(Duration.ofMinutes(15));
    private static final OfferToken TOKEN = new OfferToken("A".repeat(43));

    private final Slot slot = SlotBuilder.anOpenSlot().build();
    private final WaitlistEntry entry = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()),
            SampleCustomers.TENANT, SampleCustomers.grace(), SlotBuilder.HAIRCUT, Optional.empty(),
            new TimeRange(DEFAULT_START.minus(Duration.ofDays(1)), DEFAULT_START.plus(Duration.ofDays(1))),
            NOW.minus(Duration.ofDays(3)));

    private Offer anOpenOffer() {
        entry.offer(slot, EXPIRES, NOW);
        return Offer.sent(new OfferId(UUID.randomUUID()), entry, slot, TOKEN.hash());
    }

    @Test
    void aSentOfferCopiesTheEntrysOfferAndTheSlotsTime() {
        Offer offer = anOpenOffer();

        assertThat(offer.status()).isEqualTo(OfferStatus.OPEN);
        assertThat(offer.tenantId()).isEqualTo(entry.tenantId());
        assertThat(offer.entryId()).isEqualTo(entry.id());
        assertThat(offer.slotId()).isEqualTo(slot.id());
        assertThat(offer.slotTime()).isEqualTo(slot.time());
        assertThat(offer.offeredAt()).isEqualTo(NOW);
        assertThat(offer.expiresAt()).isEqualTo(EXPIRES);
        assertThat(offer.tokenHash()).isEqualTo(TOKEN.hash());
        assertThat(offer.closedAt()).isEmpty();
    }

    @Test
    void anOfferIsSentOnlyForTheSlotTheEntryHolds() {
        Slot other = SlotBuilder.anOpenSlot().startingAt(DEFAULT_START.plus(Duration.ofHours(2))).build();
        entry.offer(slot, EXPIRES, NOW);

        assertThatThrownBy(() -> Offer.sent(new OfferId(UUID.randomUUID()), entry, other, TOKEN.hash()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptingInTimeClosesItAsAccepted() {
        Offer offer = anOpenOffer();

        offer.accept(EXPIRES.minusSeconds(1));

        assertThat(offer.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(offer.closedAt()).contains(EXPIRES.minusSeconds(1));
    }

    @Test
    void acceptingAtTheExpiryInstantIsTooLate() {
        Offer offer = anOpenOffer();

        assertThatThrownBy(() -> offer.accept(EXPIRES))
                .isInstanceOfSatisfying(WaitlistEntry.OfferExpiredException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_OFFER_EXPIRED));
        assertThat(offer.status()).isEqualTo(OfferStatus.OPEN);
    }

    static Stream<Arguments> closings() {
        return Stream.of(
                Arguments.of(OfferStatus.ACCEPTED, (Consumer<Offer>) o -> o.accept(NOW.plusSeconds(60))),
                Arguments.of(OfferStatus.DECLINED, (Consumer<Offer>) o -> o.decline(NOW.plusSeconds(60))),
                Arguments.of(OfferStatus.WITHDRAWN, (Consumer<Offer>) o -> o.withdraw(NOW.plusSeconds(60))),
                Arguments.of(OfferStatus.EXPIRED, (Consumer<Offer>) o -> o.expire(EXPIRES)));
    }

    @ParameterizedTest(name = "a {0} offer cannot be answered again")
    @MethodSource("closings")
    void aClosedOfferRefusesEveryFurtherAnswer(OfferStatus closedAs, Consumer<Offer> close) {
        Offer offer = anOpenOffer();
        close.accept(offer);
        assertThat(offer.status()).isEqualTo(closedAs);

        Stream.<Consumer<Offer>>of(o -> o.accept(NOW.plusSeconds(120)), o -> o.decline(NOW.plusSeconds(120)),
                o -> o.withdraw(NOW.plusSeconds(120)), o -> o.expire(EXPIRES.plusSeconds(60))).forEach(again ->
                assertThatThrownBy(() -> again.accept(offer))
                        .isInstanceOfSatisfying(Offer.OfferClosedException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_OFFER_CLOSED);
                            assertThat(e.status()).isEqualTo(closedAs);
                        }));
        assertThat(offer.status()).isEqualTo(closedAs);
    }

    @Test
    void anOfferDoesNotExpireBeforeItsTime() {
        Offer offer = anOpenOffer();

        assertThatThrownBy(() -> offer.expire(EXPIRES.minusMillis(1)))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_TRANSITION_REFUSED));
        assertThat(offer.status()).isEqualTo(OfferStatus.OPEN);
    }

    @Test
    void aStoredOfferMustHaveAClosingTimeExactlyWhenClosed() {
        Offer offer = anOpenOffer();

        assertThatThrownBy(() -> Offer.reconstitute(offer.id(), offer.tenantId(), offer.entryId(), offer.slotId(),
                offer.slotTime(), offer.tokenHash(), offer.offeredAt(), offer.expiresAt(), OfferStatus.ACCEPTED,
                Optional.empty(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Offer.reconstitute(offer.id(), offer.tenantId(), offer.entryId(), offer.slotId(),
                offer.slotTime(), offer.tokenHash(), offer.offeredAt(), offer.expiresAt(), OfferStatus.OPEN,
                Optional.of(NOW), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAnOpenOfferMovesAndOnlyToAClosedStatus() {
        for (OfferStatus from : OfferStatus.values()) {
            for (OfferStatus to : OfferStatus.values()) {
                assertThat(from.canTransitionTo(to)).as("%s -> %s", from, to)
                        .isEqualTo(from == OfferStatus.OPEN && to != OfferStatus.OPEN);
            }
            assertThat(OfferStatus.fromValue(from.value())).contains(from);
        }
    }
}
