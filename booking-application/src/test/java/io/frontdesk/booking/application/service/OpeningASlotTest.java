package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.CreateSlotCommand;
import io.frontdesk.booking.application.port.in.SlotView;
import io.frontdesk.booking.application.port.in.SlotsQuery;
import io.frontdesk.booking.application.port.out.SlotSearch;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.shared.Violation;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Admins open single slots: an active staff member performing an active service, starting in the future, lasting
 * the service's duration unless an end is given (at most 24 hours), and never overlapping another slot of the same
 * staff member. A refused slot is not stored.
 */
class OpeningASlotTest {

    private static final ActorId ADMIN = new ActorId("admin-ida");

    /** 10:00 UTC on the day after the scenario starts. */
    private static final Instant TEN = Instant.parse("2026-03-03T10:00:00Z");

    private final Scenario shop = Scenario.aBusiness();

    @Test
    void aSlotLastsAsLongAsTheServiceWhenNoEndIsGiven() {
        SlotView created = open(shop.service, shop.staff, TEN, Optional.empty());

        assertThat(created.serviceId()).isEqualTo(shop.service.id());
        assertThat(created.staffId()).isEqualTo(shop.staff.id());
        assertThat(created.staffName()).isEqualTo("Lena Vogel");
        assertThat(created.startTime()).isEqualTo(TEN);
        assertThat(created.endTime()).isEqualTo(TEN.plus(Duration.ofMinutes(45)));
        assertThat(created.status()).isEqualTo(SlotStatus.OPEN);
        assertThat(created.heldUntil()).isEmpty();
        Slot stored = shop.slot(created.id());
        assertThat(stored.time()).isEqualTo(new TimeRange(TEN, TEN.plus(Duration.ofMinutes(45))));
        assertThat(stored.status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void anExplicitEndIsKept() {
        SlotView created = open(shop.service, shop.staff, TEN, Optional.of(TEN.plus(Duration.ofMinutes(60))));

        assertThat(created.endTime()).isEqualTo(TEN.plus(Duration.ofMinutes(60)));
        assertThat(shop.slot(created.id()).time().end()).isEqualTo(TEN.plus(Duration.ofMinutes(60)));
    }

    @Test
    void aNewSlotIsOfferedForBooking() {
        SlotView created = open(shop.service, shop.staff, TEN, Optional.empty());

        assertThat(shop.app.catalog.slots(new SlotsQuery(shop.tenant.id(), Optional.of(shop.service.id()),
                Optional.empty(), Optional.of(SlotStatus.OPEN), shop.inHours(0), shop.inHours(48))))
                .containsExactly(created);
    }

    @Test
    void anEndNotAfterTheStartIsRefusedOnTheEndTime() {
        assertRefused(shop.service, shop.staff, TEN, Optional.of(TEN.minus(Duration.ofMinutes(1))), "end_time");
        assertRefused(shop.service, shop.staff, TEN, Optional.of(TEN), "end_time");
    }

    @Test
    void aSlotMayLastADayButNoLonger() {
        assertRefused(shop.service, shop.staff, TEN, Optional.of(TEN.plus(Duration.ofHours(24)).plusSeconds(60)),
                "end_time");

        SlotView day = open(shop.service, shop.staff, TEN, Optional.of(TEN.plus(Duration.ofHours(24))));

        assertThat(day.endTime()).isEqualTo(TEN.plus(Duration.ofHours(24)));
    }

    @Test
    void aStartThatIsNotInTheFutureIsRefusedOnTheStartTime() {
        Instant now = shop.clock.instant();

        assertRefused(shop.service, shop.staff, now, Optional.empty(), "start_time");
        assertRefused(shop.service, shop.staff, now.minus(Duration.ofHours(1)), Optional.empty(), "start_time");
        assertThat(open(shop.service, shop.staff, now.plusSeconds(1), Optional.empty()).startTime())
                .isEqualTo(now.plusSeconds(1));
    }

    @Test
    void aMissingStartIsRefusedOnTheStartTime() {
        assertRefused(shop.service, shop.staff, null, Optional.empty(), "start_time");
    }

    @Test
    void aMissingServiceAndStaffMemberAreBothReported() {
        assertThatThrownBy(() -> shop.app.slotAdmin.createSlot(new CreateSlotCommand(shop.tenant.id(), ADMIN, null,
                null, TEN, Optional.empty())))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("service_id", "staff_id"));
    }

    @Test
    void anInactiveServiceIsRefusedOnTheServiceId() {
        Service retired = shop.addService("Perm", Duration.ofMinutes(120), Optional.empty(), false);
        Staff tom = shop.addStaff("Tom Baker", Optional.empty(), true, retired);

        assertRefused(retired, tom, TEN, Optional.empty(), "service_id");
    }

    @Test
    void anInactiveStaffMemberIsRefusedOnTheStaffId() {
        Staff anna = shop.addStaff("Anna Berg", Optional.empty(), false, shop.service);

        assertRefused(shop.service, anna, TEN, Optional.empty(), "staff_id");
    }

    @Test
    void aStaffMemberWhoDoesNotPerformTheServiceIsRefusedOnTheStaffId() {
        Service colouring = shop.addService("Colouring", Duration.ofMinutes(90), Optional.empty(), true);

        assertRefused(colouring, shop.staff, TEN, Optional.empty(), "staff_id");
    }

    @Test
    void aSlotOverlappingAnotherOfTheSameStaffMemberIsRefusedOnTheStartTime() {
        Service colouring = shop.addService("Colouring", Duration.ofMinutes(90), Optional.empty(), true);
        Staff tom = shop.addStaff("Tom Baker", Optional.empty(), true, shop.service, colouring);
        open(shop.service, tom, TEN, Optional.of(TEN.plus(Duration.ofHours(1))));

        for (Instant start : List.of(TEN.minus(Duration.ofMinutes(30)), TEN, TEN.plus(Duration.ofMinutes(15)),
                TEN.plus(Duration.ofMinutes(59)))) {
            assertRefused(shop.service, tom, start, Optional.empty(), "start_time");
            assertRefused(colouring, tom, start, Optional.empty(), "start_time");
        }
        assertRefused(shop.service, tom, TEN.minus(Duration.ofHours(1)), Optional.of(TEN.plus(Duration.ofHours(2))),
                "start_time");
    }

    @Test
    void aBookedSlotBlocksItsTimeToo() {
        SlotView booked = open(shop.service, shop.staff, TEN, Optional.empty());
        shop.aBookingOf(booked.id()).create();

        assertRefused(shop.service, shop.staff, TEN.plus(Duration.ofMinutes(30)), Optional.empty(), "start_time");
    }

    @Test
    void backToBackSlotsAreAllowed() {
        SlotView ten = open(shop.service, shop.staff, TEN, Optional.empty());
        SlotView after = open(shop.service, shop.staff, ten.endTime(), Optional.empty());
        SlotView before = open(shop.service, shop.staff, TEN.minus(Duration.ofMinutes(45)), Optional.of(TEN));

        assertThat(slotIds()).containsExactly(before.id(), ten.id(), after.id());
    }

    @Test
    void anotherStaffMemberMayHaveASlotAtTheSameTime() {
        Staff tom = shop.addStaff("Tom Baker", Optional.empty(), true, shop.service);
        open(shop.service, shop.staff, TEN, Optional.empty());

        assertThat(open(shop.service, tom, TEN, Optional.empty()).staffId()).isEqualTo(tom.id());
    }

    @Test
    void anUnknownOrAnotherTenantsServiceIsNotFound() {
        Scenario neighbour = shop.anotherBusiness();

        for (ServiceId unknown : List.of(new ServiceId(UUID.randomUUID()), neighbour.service.id())) {
            assertThatThrownBy(() -> shop.app.slotAdmin.createSlot(new CreateSlotCommand(shop.tenant.id(), ADMIN,
                    unknown, shop.staff.id(), TEN, Optional.empty())))
                    .isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_NOT_FOUND));
        }
        assertThat(slotIds()).isEmpty();
    }

    @Test
    void anUnknownOrAnotherTenantsStaffMemberIsNotFound() {
        Scenario neighbour = shop.anotherBusiness();

        for (StaffId unknown : List.of(new StaffId(UUID.randomUUID()), neighbour.staff.id())) {
            assertThatThrownBy(() -> shop.app.slotAdmin.createSlot(new CreateSlotCommand(shop.tenant.id(), ADMIN,
                    shop.service.id(), unknown, TEN, Optional.empty())))
                    .isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.STAFF_NOT_FOUND));
        }
        assertThat(slotIds()).isEmpty();
    }

    private SlotView open(Service service, Staff staff, Instant start, Optional<Instant> end) {
        return shop.app.slotAdmin.createSlot(new CreateSlotCommand(shop.tenant.id(), ADMIN, service.id(), staff.id(),
                start, end));
    }

    /** Opening the slot is refused on exactly {@code field}, and the staff member's slots stay as they were. */
    private void assertRefused(Service service, Staff staff, Instant start, Optional<Instant> end, String field) {
        List<SlotId> before = slotIds();

        assertThatThrownBy(() -> open(service, staff, start, end))
                .as("%s from %s to %s", service.name(), start, end)
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly(field));
        assertThat(slotIds()).isEqualTo(before);
    }

    private List<SlotId> slotIds() {
        return shop.app.slots.search(allSlots(shop), 100).stream().map(Slot::id).toList();
    }

    private static SlotSearch allSlots(Scenario of) {
        return new SlotSearch(of.tenant.id(), Optional.empty(), Set.of(), Optional.empty(), Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z"));
    }
}
