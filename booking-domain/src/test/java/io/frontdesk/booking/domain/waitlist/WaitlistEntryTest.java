package io.frontdesk.booking.domain.waitlist;

import static io.frontdesk.booking.domain.slot.SlotBuilder.DEFAULT_START;
import static io.frontdesk.booking.domain.slot.SlotBuilder.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.SampleCustomers;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A waitlist entry: matching slots, one offer at a time, and how the entry leaves the line. */
class WaitlistEntryTest {

    private static final TimeRange WANTED = new TimeRange(DEFAULT_START.minus(Duration.ofHours(4)),
            DEFAULT_START.plus(Duration.ofHours(4)));
    private static final Instant JOINED = NOW.minus(Duration.ofDays(2));
    private static final Instant OFFER_EXPIRES = NOW.plus(Duration.ofMinutes(30));

    private final Slot slot = SlotBuilder.aHeldSlot(OFFER_EXPIRES).build();

    private static WaitlistEntry aWaitingEntry() {
        return WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), SampleCustomers.TENANT,
                SampleCustomers.grace(), SlotBuilder.HAIRCUT, Optional.empty(), WANTED, JOINED);
    }

    private WaitlistEntry anOfferedEntry() {
        WaitlistEntry entry = aWaitingEntry();
        entry.offer(slot, OFFER_EXPIRES, NOW);
        return entry;
    }

    @Test
    void aNewEntryIsWaitingWithoutAnOffer() {
        WaitlistEntryId id = new WaitlistEntryId(UUID.randomUUID());

        WaitlistEntry entry = WaitlistEntry.join(id, SampleCustomers.TENANT, SampleCustomers.grace(),
                SlotBuilder.HAIRCUT, Optional.of(SlotBuilder.ALEX), WANTED, JOINED);

        assertThat(entry.id()).isEqualTo(id);
        assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(entry.offer()).isEmpty();
        assertThat(entry.staffId()).contains(SlotBuilder.ALEX);
        assertThat(entry.createdAt()).isEqualTo(JOINED);
        assertThat(entry.version()).isZero();
    }

    @Nested
    class Matching {

        @Test
        void aSlotOfTheServiceWithinTheWindowMatches() {
            assertThat(aWaitingEntry().matches(SlotBuilder.anOpenSlot().build())).isTrue();
        }

        @Test
        void aSlotOfAnotherTenantServiceOrTimeDoesNotMatch() {
            WaitlistEntry entry = aWaitingEntry();

            assertThat(entry.matches(SlotBuilder.anOpenSlot().forTenant(new TenantId(UUID.randomUUID())).build()))
                    .isFalse();
            assertThat(entry.matches(SlotBuilder.anOpenSlot().of(new ServiceId(UUID.randomUUID())).build()))
                    .isFalse();
            assertThat(entry.matches(SlotBuilder.anOpenSlot().startingAt(WANTED.end().minusSeconds(60)).build()))
                    .as("a slot running past the wanted window").isFalse();
        }

        @Test
        void anEntryForOneStaffMemberMatchesOnlyTheirSlots() {
            WaitlistEntry entry = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), SampleCustomers.TENANT,
                    SampleCustomers.grace(), SlotBuilder.HAIRCUT, Optional.of(SlotBuilder.ALEX), WANTED, JOINED);

            assertThat(entry.matches(SlotBuilder.anOpenSlot().with(SlotBuilder.ALEX).build())).isTrue();
            assertThat(entry.matches(SlotBuilder.anOpenSlot().with(new StaffId(UUID.randomUUID())).build()))
                    .isFalse();
        }
    }

    @Nested
    class Offering {

        @Test
        void aWaitingEntryIsOfferedAMatchingSlot() {
            WaitlistEntry entry = aWaitingEntry();

            entry.offer(slot, OFFER_EXPIRES, NOW);

            assertThat(entry.status()).isEqualTo(WaitlistStatus.OFFERED);
            assertThat(entry.offer()).contains(new WaitlistOffer(slot.id(), NOW, OFFER_EXPIRES));
        }

        @Test
        void aSlotThatDoesNotMatchIsNotOffered() {
            WaitlistEntry entry = aWaitingEntry();
            Slot otherService = SlotBuilder.anOpenSlot().of(new ServiceId(UUID.randomUUID())).build();

            assertThatThrownBy(() -> entry.offer(otherService, OFFER_EXPIRES, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
        }

        @Test
        void anEntryHoldsOneOfferAtATime() {
            WaitlistEntry entry = anOfferedEntry();
            Slot another = SlotBuilder.anOpenSlot().build();

            assertThatThrownBy(() -> entry.offer(another, OFFER_EXPIRES, NOW))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_TRANSITION_REFUSED);
                        assertThat(e.from()).isEqualTo("offered");
                        assertThat(e.to()).isEqualTo("offered");
                    });
            assertThat(entry.offer()).map(WaitlistOffer::slotId).contains(slot.id());
        }
    }

    @Nested
    class Answering {

        @Test
        void acceptingInTimeBooksTheEntryAndClearsTheOffer() {
            WaitlistEntry entry = anOfferedEntry();

            entry.accept(OFFER_EXPIRES.minusSeconds(1));

            assertThat(entry.status()).isEqualTo(WaitlistStatus.BOOKED);
            assertThat(entry.offer()).isEmpty();
        }

        @Test
        void acceptingWhenTheOfferHasExpiredIsRefusedAndChangesNothing() {
            WaitlistEntry entry = anOfferedEntry();

            assertThatThrownBy(() -> entry.accept(OFFER_EXPIRES))
                    .isInstanceOfSatisfying(WaitlistEntry.OfferExpiredException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_OFFER_EXPIRED));
            assertThat(entry.status()).isEqualTo(WaitlistStatus.OFFERED);
            assertThat(entry.offer()).isPresent();
        }

        @Test
        void aWaitingEntryHasNothingToAccept() {
            WaitlistEntry entry = aWaitingEntry();

            assertThatThrownBy(() -> entry.accept(NOW))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo("waiting");
                        assertThat(e.to()).isEqualTo("booked");
                    });
        }

        @Test
        void decliningPutsTheEntryBackToWaitingInItsPlace() {
            WaitlistEntry entry = anOfferedEntry();

            entry.decline();

            assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
            assertThat(entry.offer()).isEmpty();
            assertThat(entry.createdAt()).as("the place in line").isEqualTo(JOINED);
        }

        @Test
        void aWaitingEntryHasNothingToDecline() {
            WaitlistEntry entry = aWaitingEntry();

            assertThatThrownBy(entry::decline)
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo("waiting");
                        assertThat(e.to()).isEqualTo("waiting");
                    });
        }

        @Test
        void aWithdrawnOfferPutsTheEntryBackToWaitingInItsPlace() {
            WaitlistEntry entry = anOfferedEntry();

            entry.offerWithdrawn();

            assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
            assertThat(entry.offer()).isEmpty();
            assertThat(entry.createdAt()).as("the place in line").isEqualTo(JOINED);
        }

        @Test
        void aWaitingEntryHasNoOfferToWithdraw() {
            WaitlistEntry entry = aWaitingEntry();

            assertThatThrownBy(entry::offerWithdrawn)
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_TRANSITION_REFUSED);
                        assertThat(e.from()).isEqualTo("waiting");
                    });
            assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
        }

        @Test
        void aDeclinedEntryCanBeOfferedTheNextSlot() {
            WaitlistEntry entry = anOfferedEntry();
            entry.decline();
            Slot next = SlotBuilder.anOpenSlot().startingAt(DEFAULT_START.plus(Duration.ofHours(1))).build();

            entry.offer(next, OFFER_EXPIRES.plusSeconds(600), NOW.plusSeconds(600));

            assertThat(entry.offer()).map(WaitlistOffer::slotId).contains(next.id());
        }
    }

    @Nested
    class Expiring {

        @Test
        void aLapsedOfferExpiresTheEntryAndClearsTheOffer() {
            WaitlistEntry entry = anOfferedEntry();

            entry.expireOffer(OFFER_EXPIRES);

            assertThat(entry.status()).isEqualTo(WaitlistStatus.EXPIRED);
            assertThat(entry.offer()).isEmpty();
        }

        @Test
        void anOfferStillOpenDoesNotExpire() {
            WaitlistEntry entry = anOfferedEntry();

            assertThatThrownBy(() -> entry.expireOffer(OFFER_EXPIRES.minusSeconds(1)))
                    .isInstanceOfSatisfying(IllegalTransitionException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_TRANSITION_REFUSED));
            assertThat(entry.status()).isEqualTo(WaitlistStatus.OFFERED);
            assertThat(entry.offer()).isPresent();
        }

        @Test
        void aWaitingEntryHasNoOfferToExpire() {
            WaitlistEntry entry = aWaitingEntry();

            assertThatThrownBy(() -> entry.expireOffer(OFFER_EXPIRES))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_TRANSITION_REFUSED);
                        assertThat(e.from()).isEqualTo("waiting");
                    });
            assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
        }

        @Test
        void anOfferExpiryArrivingAfterADeclineLeavesTheEntryWaitingInItsPlace() {
            WaitlistEntry entry = anOfferedEntry();
            entry.decline();

            assertThatThrownBy(() -> entry.expireOffer(OFFER_EXPIRES)).isInstanceOf(IllegalTransitionException.class);
            assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
            assertThat(entry.createdAt()).isEqualTo(JOINED);
        }

        @Test
        void aWaitingEntryExpiresWhenItsWindowHasPassed() {
            WaitlistEntry entry = aWaitingEntry();

            entry.expire();

            assertThat(entry.status()).isEqualTo(WaitlistStatus.EXPIRED);
        }

        @Test
        void anOfferedEntryDoesNotExpireByItsWindow() {
            WaitlistEntry entry = anOfferedEntry();

            assertThatThrownBy(entry::expire)
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo("offered");
                        assertThat(e.to()).isEqualTo("expired");
                    });
            assertThat(entry.offer()).isPresent();
        }
    }

    @Nested
    class Removing {

        @Test
        void staffRemoveAWaitingEntry() {
            WaitlistEntry entry = aWaitingEntry();

            entry.remove();

            assertThat(entry.status()).isEqualTo(WaitlistStatus.REMOVED);
        }

        @Test
        void removingAnOfferedEntryClearsTheOffer() {
            WaitlistEntry entry = anOfferedEntry();

            entry.remove();

            assertThat(entry.status()).isEqualTo(WaitlistStatus.REMOVED);
            assertThat(entry.offer()).isEmpty();
        }

        @Test
        void anEntryThatLeftTheLineCannotBeRemovedOrOfferedAgain() {
            WaitlistEntry booked = anOfferedEntry();
            booked.accept(NOW);

            assertThatThrownBy(booked::remove).isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> booked.offer(SlotBuilder.anOpenSlot().build(), OFFER_EXPIRES, NOW))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(booked.status()).isEqualTo(WaitlistStatus.BOOKED);
        }
    }

    @Nested
    class Reconstituting {

        @Test
        void anOfferIsStoredExactlyWithTheOfferedStatus() {
            WaitlistOffer offer = new WaitlistOffer(slot.id(), NOW, OFFER_EXPIRES);

            WaitlistEntry offered = WaitlistEntry.reconstitute(new WaitlistEntryId(UUID.randomUUID()),
                    SampleCustomers.TENANT, SampleCustomers.grace(), SlotBuilder.HAIRCUT, Optional.empty(), WANTED,
                    WaitlistStatus.OFFERED, Optional.of(offer), JOINED, 3);

            assertThat(offered.offer()).contains(offer);
            assertThat(offered.version()).isEqualTo(3);
            assertThatThrownBy(() -> WaitlistEntry.reconstitute(new WaitlistEntryId(UUID.randomUUID()),
                    SampleCustomers.TENANT, SampleCustomers.grace(), SlotBuilder.HAIRCUT, Optional.empty(), WANTED,
                    WaitlistStatus.BOOKED, Optional.of(offer), JOINED, 3))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> WaitlistEntry.reconstitute(new WaitlistEntryId(UUID.randomUUID()),
                    SampleCustomers.TENANT, SampleCustomers.grace(), SlotBuilder.HAIRCUT, Optional.empty(), WANTED,
                    WaitlistStatus.OFFERED, Optional.empty(), JOINED, 3))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void anOfferExpiresAfterItIsMade() {
            assertThatThrownBy(() -> new WaitlistOffer(slot.id(), NOW, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
