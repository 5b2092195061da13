package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.OfferView;
import io.frontdesk.booking.application.port.in.WaitlistEntryView;
import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferStatus;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The customer answers by token: accepting books the held slot as a waitlist booking; declining passes it to the
 * next entry in line or reopens it; a token answers once, in time, and only its own offer.
 */
class AnsweringAnOfferTest {

    private final Scenario shop = Scenario.aBusiness();
    private final BookingView canceled = shop.bookedAt(shop.inHours(24));
    private final WaitlistEntryView ada = shop.waiting("Ada Lovelace");

    private String offerToAda() {
        shop.cancel(canceled);
        return shop.tokenOf(ada);
    }

    @Test
    void showingAnOfferChangesNothing() {
        String token = offerToAda();
        var before = shop.written();

        OfferView view = shop.app.offerAnswers.show(token);

        assertThat(view.status()).isEqualTo(OfferStatus.OPEN);
        assertThat(view.businessName()).isEqualTo("Studio Lumen");
        assertThat(view.serviceName()).isEqualTo("Haircut");
        assertThat(view.staffName()).isEqualTo("Lena Vogel");
        assertThat(view.customerName()).isEqualTo("Ada Lovelace");
        assertThat(view.time().start()).isEqualTo(canceled.startTime());
        assertThat(shop.written()).isEqualTo(before);
        assertThat(shop.slot(canceled.slotId()).status()).isEqualTo(SlotStatus.HELD);
    }

    @Test
    void acceptingBooksTheHeldSlotAsAWaitlistBookingOfTheEntry() {
        String token = offerToAda();
        shop.clock.advance(Duration.ofMinutes(5));

        OfferView view = shop.app.offerAnswers.accept(token);

        assertThat(view.status()).isEqualTo(OfferStatus.ACCEPTED);
        Booking.Snapshot booking = shop.app.bookings.all().stream()
                .filter(b -> b.source() == BookingSource.WAITLIST).findFirst().orElseThrow();
        assertThat(booking.slotId()).isEqualTo(canceled.slotId());
        assertThat(booking.waitlistEntryId()).contains(ada.id());
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.customer().name().value()).isEqualTo("Ada Lovelace");
        assertThat(booking.createdBy()).isEqualTo(ActorId.CUSTOMER);
        assertThat(shop.slot(canceled.slotId()).status()).isEqualTo(SlotStatus.BOOKED);
        assertThat(shop.entry(ada.id()).status()).isEqualTo(WaitlistStatus.BOOKED);
        assertThat(shop.app.offers.all()).singleElement().extracting(Offer::status).isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    void theWaitlistBookingIsAuditedAndSentToTheCalendarLikeAnyOther() {
        String token = offerToAda();

        shop.app.offerAnswers.accept(token);

        Booking.Snapshot booking = shop.app.bookings.all().stream()
                .filter(b -> b.source() == BookingSource.WAITLIST).findFirst().orElseThrow();
        assertThat(shop.app.auditTrail.history(shop.tenant.id(), AuditEntry.BOOKING, booking.id().value()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("booking.created");
                    assertThat(entry.actor()).isEqualTo(ActorId.CUSTOMER);
                    assertThat(entry.changes().get("booking_source").after()).contains("waitlist");
                });
        assertThat(shop.app.calendarJobs.forBooking(shop.tenant.id(), booking.id())).extracting(CalendarJob::action)
                .containsExactly(CalendarJob.Action.CREATE_EVENT);
        assertThat(shop.app.auditTrail.history(shop.tenant.id(), AuditEntry.WAITLIST_ENTRY, ada.id().value()))
                .extracting(AuditEntry::action).containsExactly("waitlist_entry.created", "waitlist_entry.offered",
                        "waitlist_entry.booked");
    }

    @Test
    void aTokenAnswersOnce() {
        String token = offerToAda();
        shop.app.offerAnswers.accept(token);
        var before = shop.written();

        assertThatThrownBy(() -> shop.app.offerAnswers.accept(token))
                .isInstanceOfSatisfying(Offer.OfferClosedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_OFFER_CLOSED));
        assertThatThrownBy(() -> shop.app.offerAnswers.decline(token))
                .isInstanceOf(Offer.OfferClosedException.class);
        assertThat(shop.written()).isEqualTo(before);
        assertThat(shop.app.offerAnswers.show(token).status()).isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    void acceptingAfterTheHoldEndedIsRefusedEvenBeforeTheExpiryRun() {
        String token = offerToAda();
        shop.clock.advance(Duration.ofMinutes(15));

        assertThatThrownBy(() -> shop.app.offerAnswers.accept(token))
                .isInstanceOfSatisfying(WaitlistEntry.OfferExpiredException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_OFFER_EXPIRED));
        assertThat(shop.app.offerAnswers.show(token).status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(shop.app.bookings.all()).noneMatch(b -> b.source() == BookingSource.WAITLIST);
    }

    @Test
    void decliningPassesTheSlotToTheNextInLineAndKeepsTheDeclinersPlace() {
        shop.clock.advance(Duration.ofMinutes(1));
        WaitlistEntryView grace = shop.waiting("Grace Hopper");
        String token = offerToAda();

        OfferView view = shop.app.offerAnswers.decline(token);

        assertThat(view.status()).isEqualTo(OfferStatus.DECLINED);
        WaitlistEntry declined = shop.entry(ada.id());
        assertThat(declined.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(declined.createdAt()).isEqualTo(ada.createdAt());
        assertThat(shop.entry(grace.id()).offer()).map(o -> o.slotId()).contains(canceled.slotId());
        assertThat(shop.slot(canceled.slotId()).status()).isEqualTo(SlotStatus.HELD);
    }

    @Test
    void whenTheLastInLineDeclinesTheSlotReopensAndIsNeverOfferedBackToThem() {
        String token = offerToAda();

        shop.app.offerAnswers.decline(token);

        assertThat(shop.slot(canceled.slotId()).status()).isEqualTo(SlotStatus.OPEN);
        assertThat(shop.entry(ada.id()).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(shop.app.notifier.notices()).hasSize(1);
        assertThat(shop.app.auditTrail.history(shop.tenant.id(), AuditEntry.SLOT, canceled.slotId().value()))
                .extracting(AuditEntry::action).endsWith("slot.held", "slot.hold_released");
    }

    @Test
    void aTokenNoOfferHasIsNotFoundWhateverItLooksLike() {
        offerToAda();

        for (String token : new String[] {"A".repeat(43), "nonsense", "", "../" + "A".repeat(40)}) {
            assertThatThrownBy(() -> shop.app.offerAnswers.accept(token))
                    .isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.WAITLIST_OFFER_NOT_FOUND));
        }
        assertThatThrownBy(() -> shop.app.offerAnswers.show(null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherBusinesssOfferIsAnsweredInThatBusinessOnly() {
        Scenario other = shop.anotherBusiness();
        BookingView theirs = other.bookedAt(other.inHours(30));
        WaitlistEntryView theirCustomer = other.waiting("Hedy Lamarr");
        other.cancel(theirs);
        String ourToken = offerToAda();

        shop.app.offerAnswers.accept(ourToken);

        assertThat(other.slot(theirs.slotId()).status()).isEqualTo(SlotStatus.HELD);
        assertThat(other.entry(theirCustomer.id()).status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(shop.app.bookings.all()).filteredOn(b -> b.source() == BookingSource.WAITLIST)
                .singleElement().extracting(Booking.Snapshot::tenantId).isEqualTo(shop.tenant.id());
    }
}
