package io.frontdesk.booking.application.port.out.contract;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static io.frontdesk.booking.application.port.out.contract.ContractData.aCustomer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.WaitlistOfferCounts;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotUnavailableException;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferId;
import io.frontdesk.booking.domain.waitlist.OfferStatus;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WaitlistOffers} implementation must do: find an offer by its token's hash alone (and only by
 * the exact hash), keep closed offers, refuse a second open offer of a slot or to an entry, refuse stale updates,
 * list due offers across tenants, and count offers by the start of their slot.
 */
public abstract class WaitlistOffersContract extends PortContract {

    protected abstract WaitlistOffers offers();

    protected abstract WaitlistEntries waitlistEntries();

    protected abstract Tenants tenants();

    protected abstract Services services();

    protected abstract StaffMembers staffMembers();

    protected abstract Slots slots();

    private static final TimeRange WANTED = new TimeRange(hoursFromNow(1), hoursFromNow(24 * 30));
    private static final Duration HOLD = Duration.ofMinutes(15);

    private Arrange arrange;
    private Tenant tenant;
    private Service haircut;
    private Staff lena;

    @BeforeEach
    void arrangeCatalog() {
        arrange = new Arrange(this).tenants(tenants()).services(services()).staffMembers(staffMembers())
                .slots(slots());
        tenant = arrange.tenant();
        haircut = arrange.service(tenant, "Haircut");
        lena = arrange.staff(tenant, "Lena Vogel", haircut);
    }

    @Test
    void anOfferIsFoundByItsTokensHashWithEveryField() {
        OfferToken token = token();
        Offer offer = sent(tenant, slotAt(48), token, NOW);

        Offer found = inTransaction(() -> offers().findByToken(token.hash())).orElseThrow();

        assertThat(found.id()).isEqualTo(offer.id());
        assertThat(found.tenantId()).isEqualTo(tenant.id());
        assertThat(found.entryId()).isEqualTo(offer.entryId());
        assertThat(found.slotId()).isEqualTo(offer.slotId());
        assertThat(found.slotTime()).isEqualTo(offer.slotTime());
        assertThat(found.tokenHash()).isEqualTo(token.hash());
        assertThat(found.offeredAt()).isEqualTo(NOW);
        assertThat(found.expiresAt()).isEqualTo(NOW.plus(HOLD));
        assertThat(found.status()).isEqualTo(OfferStatus.OPEN);
        assertThat(found.closedAt()).isEmpty();
    }

    @Test
    void anotherTokenFindsNothing() {
        sent(tenant, slotAt(48), token(), NOW);

        assertThat(inTransaction(() -> offers().findByToken(token().hash()))).isEmpty();
    }

    @Test
    void anOfferOfAnotherTenantIsFoundByItsTokenButNotAsAnotherTenantsOpenOffer() {
        Tenant other = arrange.tenant();
        OfferToken token = token();
        Offer offer = sent(tenant, slotAt(48), token, NOW);

        assertThat(inTransaction(() -> offers().findByToken(token.hash()))).map(Offer::tenantId)
                .contains(tenant.id());
        assertThat(inTransaction(() -> offers().openFor(other.id(), offer.entryId()))).isEmpty();
        assertThat(inTransaction(() -> offers().openFor(tenant.id(), offer.entryId()))).map(Offer::id)
                .contains(offer.id());
        assertThat(inTransaction(() -> offers().entriesOffered(other.id(), offer.slotId()))).isEmpty();
    }

    @Test
    void aClosedOfferIsKeptWithItsOutcomeAndIsNoLongerTheEntrysOpenOffer() {
        OfferToken token = token();
        Offer offer = sent(tenant, slotAt(48), token, NOW);
        Offer loaded = inTransaction(() -> offers().findByToken(token.hash())).orElseThrow();
        loaded.decline(NOW.plusSeconds(60));

        inTransactionDo(() -> offers().update(loaded));

        Offer stored = inTransaction(() -> offers().findByToken(token.hash())).orElseThrow();
        assertThat(stored.status()).isEqualTo(OfferStatus.DECLINED);
        assertThat(stored.closedAt()).contains(NOW.plusSeconds(60));
        assertThat(stored.version()).isGreaterThan(loaded.version());
        assertThat(inTransaction(() -> offers().openFor(tenant.id(), offer.entryId()))).isEmpty();
        assertThat(inTransaction(() -> offers().entriesOffered(tenant.id(), offer.slotId())))
                .containsExactly(offer.entryId());
    }

    @Test
    void aStaleUpdateIsRefusedAsClosedAndChangesNothing() {
        OfferToken token = token();
        sent(tenant, slotAt(48), token, NOW);
        Offer first = inTransaction(() -> offers().findByToken(token.hash())).orElseThrow();
        Offer second = inTransaction(() -> offers().findByToken(token.hash())).orElseThrow();
        first.accept(NOW.plusSeconds(30));
        inTransactionDo(() -> offers().update(first));
        second.accept(NOW.plusSeconds(31));

        assertThatThrownBy(() -> inTransactionDo(() -> offers().update(second)))
                .isInstanceOf(Offer.OfferClosedException.class);
        assertThat(inTransaction(() -> offers().findByToken(token.hash()))).map(Offer::closedAt)
                .contains(Optional.of(NOW.plusSeconds(30)));
    }

    @Test
    void aSecondOpenOfferOfOneSlotIsRefused() {
        Slot slot = slotAt(48);
        sent(tenant, slot, token(), NOW);

        assertThatThrownBy(() -> sent(tenant, slot, token(), NOW)).isInstanceOf(SlotUnavailableException.class);
    }

    @Test
    void aSecondOpenOfferToOneEntryIsRefused() {
        WaitlistEntry entry = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), tenant.id(), aCustomer(),
                haircut.id(), Optional.empty(), WANTED, NOW.minus(Duration.ofDays(1)));
        inTransactionDo(() -> waitlistEntries().add(entry));
        WaitlistEntry sameEntryAgain = inTransaction(() -> waitlistEntries().find(tenant.id(), entry.id()))
                .orElseThrow();
        sent(entry, slotAt(48), token(), NOW);

        assertThatThrownBy(() -> sent(sameEntryAgain, slotAt(72), token(), NOW))
                .isInstanceOf(SlotUnavailableException.class);
    }

    @Test
    void dueOffersAreTheOpenOnesWhoseTimeIsUpOfEveryTenantEarliestFirst() {
        Tenant other = arrange.tenant();
        Service otherService = arrange.service(other, "Massage");
        Staff otherStaff = arrange.staff(other, "Omar Haddad", otherService);
        Instant later = NOW.plusSeconds(300);
        Offer second = sent(tenant, slotAt(48), token(), later);
        Offer first = sent(other, arrange.openSlot(otherService, otherStaff, hoursFromNow(50)), token(), NOW);
        Offer notYet = sent(tenant, slotAt(52), token(), later.plusSeconds(120));
        Offer closed = sent(tenant, slotAt(56), token(), NOW);
        Offer loaded = inTransaction(() -> offers().openFor(tenant.id(), closed.entryId())).orElseThrow();
        loaded.withdraw(NOW.plusSeconds(10));
        inTransactionDo(() -> offers().update(loaded));

        Instant at = later.plus(HOLD);
        var due = inTransaction(() -> offers().due(at, 100)).stream()
                .filter(o -> o.id().equals(first.id()) || o.id().equals(second.id()) || o.id().equals(notYet.id())
                        || o.id().equals(closed.id()))
                .map(Offer::id).toList();

        assertThat(due).containsExactly(first.id(), second.id());
        assertThat(inTransaction(() -> offers().due(at, 1))).hasSize(1);
    }

    @Test
    void countsAreOffersMadeAndAcceptedOfSlotsStartingInThePeriod() {
        Offer accepted = sent(tenant, slotAt(24), token(), NOW);
        sent(tenant, slotAt(26), token(), NOW);
        sent(tenant, slotAt(24 * 5), token(), NOW);
        Offer loaded = inTransaction(() -> offers().openFor(tenant.id(), accepted.entryId())).orElseThrow();
        loaded.accept(NOW.plusSeconds(60));
        inTransactionDo(() -> offers().update(loaded));
        Tenant other = arrange.tenant();

        assertThat(inTransaction(() -> offers().counts(tenant.id(), Optional.empty(), Optional.empty())))
                .isEqualTo(new WaitlistOfferCounts(3, 1));
        assertThat(inTransaction(() -> offers().counts(tenant.id(), Optional.of(hoursFromNow(24)),
                Optional.of(hoursFromNow(26))))).isEqualTo(new WaitlistOfferCounts(1, 1));
        assertThat(inTransaction(() -> offers().counts(tenant.id(), Optional.of(hoursFromNow(25)),
                Optional.empty()))).isEqualTo(new WaitlistOfferCounts(2, 0));
        assertThat(inTransaction(() -> offers().counts(other.id(), Optional.empty(), Optional.empty())))
                .isEqualTo(new WaitlistOfferCounts(0, 0));
    }

    private Slot slotAt(long hoursAhead) {
        return arrange.openSlot(haircut, lena, hoursFromNow(hoursAhead));
    }

    /** A stored open offer of {@code slot} to a new entry of the slot's tenant, made at {@code at}. */
    private Offer sent(Tenant of, Slot slot, OfferToken token, Instant at) {
        WaitlistEntry entry = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), of.id(), aCustomer(),
                slot.serviceId(), Optional.empty(), WANTED, NOW.minus(Duration.ofDays(1)));
        inTransactionDo(() -> waitlistEntries().add(entry));
        return sent(entry, slot, token, at);
    }

    private Offer sent(WaitlistEntry entry, Slot slot, OfferToken token, Instant at) {
        entry.offer(slot, at.plus(HOLD), at);
        Offer offer = Offer.sent(new OfferId(UUID.randomUUID()), entry, slot, token.hash());
        inTransactionDo(() -> offers().add(offer));
        return offer;
    }

    private static OfferToken token() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String hex = (a.toString() + b.toString()).replace("-", "");
        return new OfferToken(hex.substring(0, 43));
    }
}
