package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.BookingStatsQuery;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.JoinWaitlistCommand;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.application.port.in.WaitlistEntryView;
import io.frontdesk.booking.application.port.in.WaitlistQuery;
import io.frontdesk.booking.application.port.in.WaitlistOfferCounts;
import io.frontdesk.booking.application.port.out.WaitlistFilter;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Violation;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferStatus;
import io.frontdesk.booking.domain.waitlist.OfferTokenHash;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The desk keeps the waitlist: adds customers, reads and filters it, removes them, and releases holds early. */
class KeepingTheWaitlistTest {

    private final Scenario shop = Scenario.aBusiness();

    @Test
    void aJoiningCustomerWaitsWithEveryFieldAndTheStepIsAudited() {
        WaitlistEntryView ada = shop.waiting("Ada Lovelace", shop.staff.id(), shop.inHours(2), shop.inHours(48));

        assertThat(ada.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(ada.customerEmail()).contains("ada@example.org");
        assertThat(ada.customerPhone()).isEqualTo("+12015550199");
        assertThat(ada.serviceName()).isEqualTo("Haircut");
        assertThat(ada.staffName()).contains("Lena Vogel");
        assertThat(ada.wantedFrom()).isEqualTo(shop.inHours(2));
        assertThat(ada.offer()).isEmpty();
        assertThat(shop.app.waitlistDesk.get(shop.tenant.id(), ada.id()).auditTrail())
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("waitlist_entry.created");
                    assertThat(e.actor()).isEqualTo(Scenario.DESK);
                });
    }

    @Test
    void everyInvalidFieldIsNamedAtOnceAndNothingIsWritten() {
        assertThatThrownBy(() -> shop.app.waitlistDesk.join(new JoinWaitlistCommand(shop.tenant.id(), Scenario.DESK,
                "A", "12", null, null, null, shop.inHours(5), shop.inHours(4))))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("customer_name", "customer_phone",
                                "customer_email", "service_id", "wanted_to"));
        assertThat(shop.app.waitlist.list(new WaitlistFilter(
                shop.tenant.id(), Optional.empty(), Optional.empty(), Optional.empty()), new PageRequest(1, 10))
                .total()).isZero();
    }

    @Test
    void aStaffMemberWhoDoesNotPerformTheServiceOrAWindowInThePastIsRefused() {
        Service colour = shop.addService("Colour", Duration.ofMinutes(60), Optional.empty(), true);
        StaffId colourist = shop.addStaff("Omar Haddad", Optional.empty(), true, colour).id();

        assertThatThrownBy(() -> shop.waiting("Ada Lovelace", colourist, shop.inHours(1), shop.inHours(2)))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("staff_id"));
        assertThatThrownBy(() -> shop.waiting("Ada Lovelace", null, shop.inHours(-3), shop.inHours(-1)))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("wanted_to"));
        assertThatThrownBy(() -> shop.waiting("Ada Lovelace", new StaffId(UUID.randomUUID()), shop.inHours(1),
                shop.inHours(2))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListIsOldestFirstAndFiltersByStatus() {
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");
        shop.clock.advance(Duration.ofMinutes(1));
        WaitlistEntryView grace = shop.waiting("Grace Hopper");
        shop.app.waitlistDesk.remove(shop.tenant.id(), Scenario.DESK, ada.id());

        assertThat(shop.app.waitlistDesk.list(query(Optional.empty())).items()).extracting(WaitlistEntryView::id)
                .containsExactly(ada.id(), grace.id());
        assertThat(shop.app.waitlistDesk.list(query(Optional.of(WaitlistStatus.WAITING))).items())
                .extracting(WaitlistEntryView::id).containsExactly(grace.id());
        assertThat(shop.app.waitlistDesk.list(query(Optional.of(WaitlistStatus.REMOVED))).items())
                .extracting(WaitlistEntryView::status).containsExactly(WaitlistStatus.REMOVED);
    }

    @Test
    void removingAnOfferedEntryWithdrawsTheOfferAndPassesTheSlotOn() {
        BookingView booking = shop.bookedAt(shop.inHours(24));
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");
        shop.clock.advance(Duration.ofMinutes(1));
        WaitlistEntryView grace = shop.waiting("Grace Hopper");
        shop.cancel(booking);

        WaitlistEntryView removed = shop.app.waitlistDesk.remove(shop.tenant.id(), Scenario.DESK, ada.id());

        assertThat(removed.status()).isEqualTo(WaitlistStatus.REMOVED);
        assertThat(removed.offer()).isEmpty();
        assertThat(shop.app.offers.all()).extracting(Offer::status)
                .containsExactly(OfferStatus.WITHDRAWN, OfferStatus.OPEN);
        assertThat(shop.entry(grace.id()).offer()).map(o -> o.slotId()).contains(booking.slotId());
    }

    @Test
    void releasingAHoldPutsTheEntryBackInItsPlaceAndReopensTheSlotWhenNobodyElseWaits() {
        BookingView booking = shop.bookedAt(shop.inHours(24));
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");
        shop.cancel(booking);
        String token = shop.tokenOf(ada);

        WaitlistEntryView released = shop.app.waitlistDesk.releaseOffer(shop.tenant.id(), Scenario.DESK, ada.id());

        assertThat(released.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.OPEN);
        assertThat(shop.app.offerAnswers.show(token).status()).isEqualTo(OfferStatus.WITHDRAWN);
        assertThatThrownBy(() -> shop.app.offerAnswers.accept(token)).isInstanceOf(Offer.OfferClosedException.class);
        assertThat(shop.app.waitlistDesk.get(shop.tenant.id(), ada.id()).auditTrail())
                .extracting(AuditEntry::action).endsWith("waitlist_entry.offer_released");
    }

    @Test
    void releasingAHoldTheCustomerAcceptedMeanwhileIsRefusedAsAConflictAndLeavesTheBooking() {
        BookingView booking = shop.bookedAt(shop.inHours(24));
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");
        shop.cancel(booking);
        String token = shop.tokenOf(ada);
        WaitlistOffers acceptedWhileStaffDecide = new WaitlistOffers() {
            @Override
            public void add(Offer offer) {
                shop.app.offers.add(offer);
            }

            @Override
            public Optional<Offer> findByToken(OfferTokenHash hash) {
                return shop.app.offers.findByToken(hash);
            }

            @Override
            public Optional<Offer> openFor(TenantId tenantId, WaitlistEntryId entryId) {
                shop.app.offerAnswers.accept(token);
                return shop.app.offers.openFor(tenantId, entryId);
            }

            @Override
            public void update(Offer offer) {
                shop.app.offers.update(offer);
            }

            @Override
            public List<Offer> due(Instant now, int limit) {
                return shop.app.offers.due(now, limit);
            }

            @Override
            public Set<WaitlistEntryId> entriesOffered(TenantId tenantId, SlotId slotId) {
                return shop.app.offers.entriesOffered(tenantId, slotId);
            }

            @Override
            public WaitlistOfferCounts counts(TenantId tenantId, Optional<Instant> from, Optional<Instant> before) {
                return shop.app.offers.counts(tenantId, from, before);
            }
        };
        WaitlistService desk = new WaitlistService(shop.app.tenants, shop.app.services, shop.app.staff,
                shop.app.waitlist, acceptedWhileStaffDecide, shop.app.offering, shop.app.auditTrail, shop.clock);

        assertThatThrownBy(() -> desk.releaseOffer(shop.tenant.id(), Scenario.DESK, ada.id()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(shop.entry(ada.id()).status()).isEqualTo(WaitlistStatus.BOOKED);
        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.BOOKED);
    }

    @Test
    void anEntryWithoutOfferHasNoHoldToReleaseAndAnotherTenantsEntryIsNotFound() {
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");
        Scenario other = shop.anotherBusiness();

        assertThatThrownBy(() -> shop.app.waitlistDesk.releaseOffer(shop.tenant.id(), Scenario.DESK, ada.id()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> shop.app.waitlistDesk.remove(other.tenant.id(), Scenario.DESK, ada.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shop.app.waitlistDesk.get(other.tenant.id(), ada.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shop.app.waitlistDesk.get(shop.tenant.id(), new WaitlistEntryId(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theStatsCountOffersMadeAndAcceptedOfSlotsInThePeriod() {
        BookingView first = shop.bookedAt(shop.inHours(24));
        BookingView second = shop.bookedAt(shop.inHours(26));
        WaitlistEntryView ada = shop.waiting("Ada Lovelace");
        shop.clock.advance(Duration.ofMinutes(1));
        shop.waiting("Grace Hopper");
        shop.cancel(first);
        shop.cancel(second);
        shop.app.offerAnswers.accept(shop.tokenOf(ada));

        var stats = shop.app.reads.stats(new BookingStatsQuery(shop.tenant.id(), Optional.empty(), Optional.empty()));

        assertThat(stats.waitlistOffers().made()).isEqualTo(2);
        assertThat(stats.waitlistOffers().accepted()).isEqualTo(1);
        assertThat(stats.waitlistOffers().fillRate()).isEqualTo(0.5);
        assertThat(stats.bySource().get(BookingSource.WAITLIST)).isEqualTo(1);
    }

    private WaitlistQuery query(Optional<WaitlistStatus> status) {
        return new WaitlistQuery(shop.tenant.id(), status, Optional.empty(), Optional.empty(), new PageRequest(1, 20));
    }
}
