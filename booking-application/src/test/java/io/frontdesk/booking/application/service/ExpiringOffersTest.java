package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.WaitlistEntryView;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferStatus;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Offers nobody answers lapse when their hold ends: the entry leaves the line, the slot moves on or reopens. */
class ExpiringOffersTest {

    private final Scenario shop = Scenario.aBusiness();
    private final BookingView canceled = shop.bookedAt(shop.inHours(24));
    private final WaitlistEntryView ada = shop.waiting("Ada Lovelace");

    @Test
    void nothingExpiresBeforeItsTime() {
        shop.cancel(canceled);
        shop.clock.advance(Duration.ofMinutes(15).minusSeconds(1));

        assertThat(shop.app.offerAnswers.expireDue()).isZero();
        assertThat(shop.entry(ada.id()).status()).isEqualTo(WaitlistStatus.OFFERED);
    }

    @Test
    void anExpiredOfferPassesTheSlotToTheNextInLine() {
        shop.clock.advance(Duration.ofMinutes(1));
        WaitlistEntryView grace = shop.waiting("Grace Hopper");
        shop.cancel(canceled);
        shop.clock.advance(Duration.ofMinutes(15));

        assertThat(shop.app.offerAnswers.expireDue()).isEqualTo(1);

        assertThat(shop.entry(ada.id()).status()).isEqualTo(WaitlistStatus.EXPIRED);
        assertThat(shop.entry(grace.id()).offer()).hasValueSatisfying(o -> {
            assertThat(o.slotId()).isEqualTo(canceled.slotId());
            assertThat(o.expiresAt()).isEqualTo(shop.clock.instant().plus(Duration.ofMinutes(15)));
        });
        assertThat(shop.app.offers.all()).extracting(Offer::status)
                .containsExactly(OfferStatus.EXPIRED, OfferStatus.OPEN);
        assertThat(shop.app.notifier.notices()).hasSize(2);
        assertThat(shop.app.auditTrail.history(shop.tenant.id(), AuditEntry.WAITLIST_ENTRY, ada.id().value()))
                .last().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("waitlist_entry.offer_expired");
                    assertThat(e.actor()).isEqualTo(ActorId.SYSTEM);
                });
    }

    @Test
    void aWaitingEntryWhoseWindowHasEndedLeavesTheLine() {
        WaitlistEntryView soon = shop.waiting("Grace Hopper", null, shop.clock.instant(), shop.inHours(3));
        shop.clock.advance(Duration.ofHours(3));

        assertThat(shop.app.offerAnswers.expireDue()).isEqualTo(1);

        assertThat(shop.entry(soon.id()).status()).isEqualTo(WaitlistStatus.EXPIRED);
        assertThat(shop.entry(ada.id()).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(shop.app.auditTrail.history(shop.tenant.id(), AuditEntry.WAITLIST_ENTRY, soon.id().value()))
                .extracting(AuditEntry::action).containsExactly("waitlist_entry.created", "waitlist_entry.expired");
    }

    @Test
    void withNobodyLeftTheSlotReopens() {
        shop.cancel(canceled);
        shop.clock.advance(Duration.ofMinutes(20));

        shop.app.offerAnswers.expireDue();

        assertThat(shop.slot(canceled.slotId()).status()).isEqualTo(SlotStatus.OPEN);
        assertThat(shop.slot(canceled.slotId()).heldUntil()).isEmpty();
        assertThat(shop.app.offerAnswers.expireDue()).isZero();
    }
}
