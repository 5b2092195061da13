package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.CreateSlotCommand;
import io.frontdesk.booking.application.port.in.SlotView;
import io.frontdesk.booking.application.port.in.WaitlistEntryView;
import io.frontdesk.booking.application.port.in.WeeklySlotsCommand;
import io.frontdesk.booking.application.port.out.OfferNotice;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferStatus;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whenever a slot becomes open — a cancellation, a no-show, a new slot — the oldest waiting entry that matches it
 * gets an offer: the slot is held for 15 minutes (never past its start), the offer is stored with its token's hash,
 * audited, and the customer is told.
 */
class OfferingAFreedSlotTest {

    private final Scenario shop = Scenario.aBusiness();

    @Test
    void aCanceledBookingsSlotIsHeldForTheOldestMatchingEntry() {
        BookingView booking = shop.bookedAt(shop.inHours(24));
        WaitlistEntryView first = shop.waiting("Ada Lovelace");
        shop.clock.advance(Duration.ofMinutes(1));
        shop.waiting("Grace Hopper");

        shop.cancel(booking);

        Slot slot = shop.slot(booking.slotId());
        assertThat(slot.status()).isEqualTo(SlotStatus.HELD);
        assertThat(slot.heldUntil()).contains(shop.clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(shop.entry(first.id()).status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(shop.entry(first.id()).offer()).hasValueSatisfying(o -> {
            assertThat(o.slotId()).isEqualTo(slot.id());
            assertThat(o.expiresAt()).isEqualTo(slot.heldUntil().orElseThrow());
        });
        assertThat(shop.app.offers.all()).singleElement().satisfies(offer -> {
            assertThat(offer.entryId()).isEqualTo(first.id());
            assertThat(offer.status()).isEqualTo(OfferStatus.OPEN);
            assertThat(offer.tokenHash().hex()).doesNotContain(shop.tokenOf(first));
        });
    }

    @Test
    void theCustomerIsToldWhatIsOfferedWithTheTokenOfTheirOffer() {
        BookingView booking = shop.bookedAt(shop.inHours(24));
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");

        shop.markNoShow(booking);

        OfferNotice notice = shop.app.notifier.noticesTo(EmailAddress.of("ada@example.org")).get(0);
        assertThat(notice.businessName()).isEqualTo("Studio Lumen");
        assertThat(notice.serviceName()).isEqualTo("Haircut");
        assertThat(notice.staffName()).isEqualTo("Lena Vogel");
        assertThat(notice.zone()).isEqualTo(shop.tenant.timeZone());
        assertThat(notice.time().start()).isEqualTo(booking.startTime());
        assertThat(notice.customerName()).isEqualTo("Ada Lovelace");
        Offer offer = shop.app.offers.all().get(0);
        assertThat(notice.token().hash()).isEqualTo(offer.tokenHash());
        assertThat(notice.expiresAt()).isEqualTo(offer.expiresAt());
        assertThat(shop.entry(ada.id()).status()).isEqualTo(WaitlistStatus.OFFERED);
    }

    @Test
    void theHoldNeverOutlastsTheSlotsStart() {
        BookingView booking = shop.bookedAt(shop.inHours(1));
        shop.waiting("Ada Lovelace");
        shop.clock.advance(Duration.ofMinutes(50));

        shop.cancel(booking);

        assertThat(shop.slot(booking.slotId()).heldUntil()).contains(booking.startTime());
    }

    @Test
    void everyStepOfTheOfferIsAudited() {
        BookingView booking = shop.bookedAt(shop.inHours(24));
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");

        shop.cancel(booking);

        assertThat(shop.app.auditTrail.history(shop.tenant.id(), AuditEntry.WAITLIST_ENTRY, ada.id().value()))
                .extracting(AuditEntry::action).containsExactly("waitlist_entry.created", "waitlist_entry.offered");
        assertThat(shop.app.auditTrail.history(shop.tenant.id(), AuditEntry.SLOT, booking.slotId().value()))
                .extracting(AuditEntry::action).containsExactly("slot.released", "slot.held");
    }

    @Test
    void withNobodyWaitingTheFreedSlotSimplyReopens() {
        BookingView booking = shop.bookedAt(shop.inHours(24));

        shop.cancel(booking);

        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.OPEN);
        assertThat(shop.app.notifier.notices()).isEmpty();
    }

    @Test
    void entriesForAnotherStaffMemberOrAnotherTimeAreNotOffered() {
        Staff omar = shop.addStaff("Omar Haddad", Optional.empty(), true, shop.service);
        BookingView booking = shop.bookedAt(shop.inHours(24));
        shop.waiting("Ada Lovelace", omar.id(), shop.clock.instant(), shop.inHours(48));
        shop.waiting("Grace Hopper", null, shop.inHours(30), shop.inHours(48));

        shop.cancel(booking);

        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void anEntryHoldsOneOfferAtATimeSoASecondFreedSlotGoesToTheNextInLine() {
        BookingView one = shop.bookedAt(shop.inHours(24));
        BookingView two = shop.bookedAt(shop.inHours(26));
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");
        shop.clock.advance(Duration.ofMinutes(1));
        WaitlistEntryView grace = shop.waiting("Grace Hopper");

        shop.cancel(one);
        shop.cancel(two);

        assertThat(shop.entry(ada.id()).offer()).map(o -> o.slotId()).contains(one.slotId());
        assertThat(shop.entry(grace.id()).offer()).map(o -> o.slotId()).contains(two.slotId());
    }

    @Test
    void aNewSlotIsOfferedAsSoonAsItIsOpened() {
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");

        SlotView slot = shop.app.slotAdmin.createSlot(new CreateSlotCommand(shop.tenant.id(), Scenario.DESK,
                shop.service.id(), shop.staff.id(), shop.inHours(30), Optional.empty()));

        assertThat(slot.status()).isEqualTo(SlotStatus.HELD);
        assertThat(slot.heldUntil()).isPresent();
        assertThat(shop.entry(ada.id()).offer()).map(o -> o.slotId()).contains(slot.id());
    }

    @Test
    void aWeeklyPatternOffersItsEarliestSlotsOnePerWaitingEntry() {
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");
        shop.clock.advance(Duration.ofMinutes(1));
        WaitlistEntryView grace = shop.waiting("Grace Hopper");
        LocalDate tomorrow = LocalDate.ofInstant(shop.clock.instant(), shop.tenant.timeZone()).plusDays(1);

        var result = shop.app.slotAdmin.createWeekly(new WeeklySlotsCommand(shop.tenant.id(), Scenario.DESK,
                shop.service.id(), shop.staff.id(), tomorrow, tomorrow, Set.of(tomorrow.getDayOfWeek()),
                LocalTime.of(9, 0), LocalTime.of(12, 0)));

        assertThat(result.created()).extracting(SlotView::status)
                .containsExactly(SlotStatus.HELD, SlotStatus.HELD, SlotStatus.OPEN, SlotStatus.OPEN);
        assertThat(shop.entry(ada.id()).offer()).map(o -> o.slotId()).contains(result.created().get(0).id());
        assertThat(shop.entry(grace.id()).offer()).map(o -> o.slotId()).contains(result.created().get(1).id());
        assertThat(DayOfWeek.from(tomorrow)).isEqualTo(tomorrow.getDayOfWeek());
    }

    @Test
    void aSlotOfAnInactiveStaffMemberIsNotOffered() {
        BookingView booking = shop.bookedAt(shop.inHours(24));
        shop.waiting("Ada Lovelace");
        shop.app.staff.save(new Staff(shop.staff.id(), shop.tenant.id(), shop.staff.name(), shop.staff.role(),
                shop.staff.email(), false, shop.staff.serviceIds()));

        shop.cancel(booking);

        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.OPEN);
    }
}
