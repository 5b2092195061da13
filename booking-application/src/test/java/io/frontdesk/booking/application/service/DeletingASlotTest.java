package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.CreateSlotCommand;
import io.frontdesk.booking.application.port.in.SlotsQuery;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Admins remove slots nobody has taken: an open slot goes; a held or booked one stays, and so does an open one
 * that was ever booked, because its booking history refers to it.
 */
class DeletingASlotTest {

    private static final ActorId ADMIN = new ActorId("admin-ida");

    private final Scenario shop = Scenario.aBusiness();

    @Test
    void anOpenSlotIsDeletedAndNoLongerOffered() {
        Slot slot = shop.openSlotAt(shop.inHours(2));

        shop.app.slotAdmin.deleteSlot(shop.tenant.id(), ADMIN, slot.id());

        assertThat(shop.app.slots.find(shop.tenant.id(), slot.id())).isEmpty();
        assertThat(shop.app.catalog.slots(new SlotsQuery(shop.tenant.id(), Optional.empty(), Optional.empty(),
                Optional.empty(), shop.inHours(0), shop.inHours(48)))).isEmpty();
    }

    @Test
    void theTimeOfADeletedSlotCanBeOpenedAgain() {
        Slot slot = shop.openSlotAt(shop.inHours(2));
        shop.app.slotAdmin.deleteSlot(shop.tenant.id(), ADMIN, slot.id());

        assertThat(shop.app.slotAdmin.createSlot(new CreateSlotCommand(shop.tenant.id(), ADMIN, shop.service.id(),
                shop.staff.id(), slot.time().start(), Optional.empty())).startTime()).isEqualTo(slot.time().start());
    }

    @Test
    void aBookedSlotIsNotDeleted() {
        Slot slot = shop.openSlotAt(shop.inHours(2));
        shop.aBookingOf(slot).create();

        assertRefused(slot.id());
        assertThat(shop.slot(slot.id()).status()).isEqualTo(SlotStatus.BOOKED);
    }

    @Test
    void aHeldSlotIsNotDeleted() {
        Slot slot = shop.openSlotAt(shop.inHours(2));
        Slot holding = shop.slot(slot.id());
        holding.hold(shop.inHours(1), shop.clock.instant());
        shop.app.slots.update(holding);

        assertRefused(slot.id());
        assertThat(shop.slot(slot.id()).status()).isEqualTo(SlotStatus.HELD);
    }

    @Test
    void anOpenSlotWhoseBookingWasCanceledIsNotDeleted() {
        Slot slot = shop.openSlotAt(shop.inHours(2));
        shop.cancel(shop.aBookingOf(slot).create());
        assertThat(shop.slot(slot.id()).status()).isEqualTo(SlotStatus.OPEN);

        assertRefused(slot.id());
        assertThat(shop.slot(slot.id()).status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void anUnknownSlotIsNotFound() {
        assertThatThrownBy(() -> shop.app.slotAdmin.deleteSlot(shop.tenant.id(), ADMIN, new SlotId(UUID.randomUUID())))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_NOT_FOUND));
    }

    @Test
    void anotherTenantsSlotIsNotFoundAndKept() {
        Scenario neighbour = shop.anotherBusiness();
        Slot theirs = neighbour.openSlotAt(neighbour.inHours(2));

        assertThatThrownBy(() -> shop.app.slotAdmin.deleteSlot(shop.tenant.id(), ADMIN, theirs.id()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_NOT_FOUND));
        assertThat(neighbour.slot(theirs.id()).status()).isEqualTo(SlotStatus.OPEN);
    }

    private void assertRefused(SlotId slotId) {
        assertThatThrownBy(() -> shop.app.slotAdmin.deleteSlot(shop.tenant.id(), ADMIN, slotId))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_TRANSITION_REFUSED));
        assertThat(shop.app.slots.find(shop.tenant.id(), slotId)).isPresent();
    }
}
