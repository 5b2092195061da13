package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.frontdesk.booking.application.port.in.SlotView;
import io.frontdesk.booking.application.port.in.SlotsQuery;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the create-booking flow offers — active services, the active staff performing one, and bookable slots — and
 * what admins see besides: inactive services and staff, and slots in every status.
 */
class BrowsingTheCatalogTest {

    private final Scenario shop = Scenario.aBusiness();
    private final Service colouring = shop.addService("Colouring", Duration.ofMinutes(90), Optional.empty(), true);
    private final Service beardTrim = shop.addService("Beard trim", Duration.ofMinutes(20), Optional.empty(), false);
    private final Staff tom = shop.addStaff("Tom Baker", Optional.empty(), true, shop.service);
    private final Staff anna = shop.addStaff("Anna Berg", Optional.of("Trainee"), false, shop.service, colouring);
    private final Staff zoe = shop.addStaff("Zoe Martin", Optional.empty(), true, colouring);

    @Test
    void onlyActiveServicesAreOfferedByName() {
        assertThat(shop.app.catalog.services(shop.tenant.id(), false)).extracting(Service::name)
                .containsExactly("Colouring", "Haircut")
                .doesNotContain(beardTrim.name());
    }

    @Test
    void anotherTenantsServicesAreNotOffered() {
        Scenario neighbour = shop.anotherBusiness();
        neighbour.addService("Manicure", Duration.ofMinutes(30), Optional.empty(), true);

        assertThat(shop.app.catalog.services(shop.tenant.id(), false)).extracting(Service::tenantId)
                .containsOnly(shop.tenant.id());
    }

    @Test
    void onlyActiveStaffPerformingTheServiceAreOffered() {
        assertThat(shop.app.catalog.staff(shop.tenant.id(), Optional.of(shop.service.id()), false))
                .extracting(Staff::id).containsExactly(shop.staff.id(), tom.id());
        assertThat(shop.app.catalog.staff(shop.tenant.id(), Optional.of(colouring.id()), false))
                .extracting(Staff::id).containsExactly(zoe.id());
    }

    @Test
    void withoutServiceAllActiveStaffAreOffered() {
        assertThat(shop.app.catalog.staff(shop.tenant.id(), Optional.empty(), false))
                .extracting(Staff::id).containsExactly(shop.staff.id(), tom.id(), zoe.id())
                .doesNotContain(anna.id());
    }

    @Test
    void staffForAnUnknownOrAnotherTenantsServiceIsNotFound() {
        Scenario neighbour = shop.anotherBusiness();

        for (ServiceId unknown : new ServiceId[] {new ServiceId(UUID.randomUUID()), neighbour.service.id()}) {
            assertThatThrownBy(() -> shop.app.catalog.staff(shop.tenant.id(), Optional.of(unknown), false))
                    .isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_NOT_FOUND));
        }
    }

    @Test
    void openSlotsAreOpenFutureSlotsOfActiveStaffForTheServiceWithinTheRange() {
        Instant now = shop.clock.instant();
        Slot lenas = shop.openSlotAt(now.plus(Duration.ofHours(2)));
        Slot toms = shop.openSlot(shop.service, tom, now.plus(Duration.ofHours(1)));
        Slot booked = shop.openSlotAt(now.plus(Duration.ofHours(4)));
        shop.aBookingOf(booked).create();
        Slot held = shop.openSlotAt(now.plus(Duration.ofHours(6)));
        Slot holding = shop.slot(held.id());
        holding.hold(now.plus(Duration.ofHours(1)), now);
        shop.app.slots.update(holding);
        shop.openSlotAt(now.minus(Duration.ofMinutes(30)));
        shop.openSlot(shop.service, tom, now);
        shop.openSlot(shop.service, anna, now.plus(Duration.ofHours(2)));
        shop.openSlot(colouring, zoe, now.plus(Duration.ofHours(2)));
        shop.openSlotAt(now.plus(Duration.ofHours(24)));

        assertThat(shop.app.catalog.slots(query(Optional.empty(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofHours(24)))))
                .extracting(SlotView::id).containsExactly(toms.id(), lenas.id());
    }

    @Test
    void anOpenSlotShowsItsStaffMemberTimeAndStatus() {
        Slot slot = shop.openSlot(shop.service, tom, shop.inHours(2));

        assertThat(shop.app.catalog.slots(query(Optional.empty(), shop.inHours(0), shop.inHours(48))))
                .singleElement().isEqualTo(new SlotView(slot.id(), shop.service.id(), tom.id(), "Tom Baker",
                        slot.time().start(), slot.time().end(), SlotStatus.OPEN, Optional.empty()));
    }

    @Test
    void openSlotsCanBeNarrowedToOneStaffMember() {
        shop.openSlotAt(shop.inHours(2));
        Slot toms = shop.openSlot(shop.service, tom, shop.inHours(2));

        assertThat(shop.app.catalog.slots(query(Optional.of(tom.id()), shop.inHours(0), shop.inHours(48))))
                .extracting(SlotView::id).containsExactly(toms.id());
    }

    @Test
    void aSlotFreedByACancellationIsOfferedAgain() {
        Slot slot = shop.openSlotAt(shop.inHours(2));
        shop.cancel(shop.aBookingOf(slot).create());

        assertThat(shop.app.catalog.slots(query(Optional.empty(), shop.inHours(0), shop.inHours(48))))
                .extracting(SlotView::id).containsExactly(slot.id());
    }

    @Test
    void openSlotsOfAnUnknownOrAnotherTenantsServiceAreNotFound() {
        Scenario neighbour = shop.anotherBusiness();

        for (ServiceId unknown : new ServiceId[] {new ServiceId(UUID.randomUUID()), neighbour.service.id()}) {
            assertThatThrownBy(() -> shop.app.catalog.slots(new SlotsQuery(shop.tenant.id(), Optional.of(unknown),
                    Optional.empty(), Optional.of(SlotStatus.OPEN), shop.inHours(0), shop.inHours(48))))
                    .isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_NOT_FOUND));
        }
    }

    @Test
    void openSlotsOfAnUnknownStaffMemberAreNotFound() {
        assertThatThrownBy(() -> shop.app.catalog.slots(query(Optional.of(new StaffId(UUID.randomUUID())),
                shop.inHours(0), shop.inHours(48))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STAFF_NOT_FOUND));
    }

    @Test
    void aRangeEntirelyInThePastOffersNothing() {
        shop.openSlotAt(shop.inHours(2));

        assertThat(shop.app.catalog.slots(query(Optional.empty(), shop.inHours(-48), shop.inHours(-1))))
                .isEmpty();
    }

    @Test
    void slotsOfInactiveStaffNeverCrowdOutBookableOnes() {
        Instant start = shop.inHours(1);
        for (int i = 0; i <= CatalogQueryService.MAX_SLOTS; i++) {
            shop.openSlot(shop.service, anna, start.plus(shop.service.duration().multipliedBy(i)));
        }
        Slot toms = shop.openSlot(shop.service, tom, shop.inHours(24 * 40));

        assertThat(shop.app.catalog.slots(query(Optional.empty(), shop.inHours(0), shop.inHours(24 * 62))))
                .extracting(SlotView::id).containsExactly(toms.id());
    }

    @Test
    void withoutAStatusEverySlotIsListedForAdmins() {
        Slot open = shop.openSlotAt(shop.inHours(2));
        Slot booked = shop.openSlotAt(shop.inHours(3));
        shop.aBookingOf(booked).create();
        Slot held = shop.openSlotAt(shop.inHours(4));
        Slot holding = shop.slot(held.id());
        holding.hold(shop.inHours(1), shop.clock.instant());
        shop.app.slots.update(holding);
        Slot annas = shop.openSlot(shop.service, anna, shop.inHours(5));

        assertThat(shop.app.catalog.slots(new SlotsQuery(shop.tenant.id(), Optional.of(shop.service.id()),
                Optional.empty(), Optional.empty(), shop.inHours(0), shop.inHours(48))))
                .extracting(SlotView::id, SlotView::status, SlotView::staffName)
                .containsExactly(tuple(open.id(), SlotStatus.OPEN, "Lena Vogel"),
                        tuple(booked.id(), SlotStatus.BOOKED, "Lena Vogel"),
                        tuple(held.id(), SlotStatus.HELD, "Lena Vogel"),
                        tuple(annas.id(), SlotStatus.OPEN, "Anna Berg"));
    }

    @Test
    void aHeldSlotShowsUntilWhenItIsHeld() {
        Slot held = shop.openSlotAt(shop.inHours(4));
        Slot holding = shop.slot(held.id());
        holding.hold(shop.inHours(1), shop.clock.instant());
        shop.app.slots.update(holding);

        assertThat(shop.app.catalog.slots(new SlotsQuery(shop.tenant.id(), Optional.empty(), Optional.empty(),
                Optional.of(SlotStatus.HELD), shop.inHours(0), shop.inHours(48))))
                .singleElement().satisfies(slot -> assertThat(slot.heldUntil()).contains(shop.inHours(1)));
    }

    @Test
    void slotsCanBeListedByAnotherStatus() {
        shop.openSlotAt(shop.inHours(2));
        Slot booked = shop.openSlotAt(shop.inHours(3));
        shop.aBookingOf(booked).create();

        assertThat(shop.app.catalog.slots(new SlotsQuery(shop.tenant.id(), Optional.empty(), Optional.empty(),
                Optional.of(SlotStatus.BOOKED), shop.inHours(0), shop.inHours(48))))
                .extracting(SlotView::id).containsExactly(booked.id());
    }

    @Test
    void adminsSeeInactiveServicesToo() {
        assertThat(shop.app.catalog.services(shop.tenant.id(), true)).extracting(Service::name)
                .containsExactly("Beard trim", "Colouring", "Haircut");
    }

    @Test
    void adminsSeeInactiveStaffToo() {
        assertThat(shop.app.catalog.staff(shop.tenant.id(), Optional.empty(), true))
                .extracting(Staff::id).containsExactly(anna.id(), shop.staff.id(), tom.id(), zoe.id());
        assertThat(shop.app.catalog.staff(shop.tenant.id(), Optional.of(shop.service.id()), true))
                .extracting(Staff::id).containsExactly(anna.id(), shop.staff.id(), tom.id());
    }

    private SlotsQuery query(Optional<StaffId> staff, Instant from, Instant to) {
        return new SlotsQuery(shop.tenant.id(), Optional.of(shop.service.id()), staff, Optional.of(SlotStatus.OPEN),
                from, to);
    }
}
