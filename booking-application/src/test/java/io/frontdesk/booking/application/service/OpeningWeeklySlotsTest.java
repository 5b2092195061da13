package io.frontdesk.booking.application.service;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.CreateSlotCommand;
import io.frontdesk.booking.application.port.in.SlotView;
import io.frontdesk.booking.application.port.in.WeeklySlotsCommand;
import io.frontdesk.booking.application.port.in.WeeklySlotsResult;
import io.frontdesk.booking.application.port.out.SlotSearch;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.Violation;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Admins open a weekly pattern: on the chosen days between two dates (both included, at most 92 days apart),
 * back-to-back slots of the service's duration from the day's start until its end, in the wall-clock time of the
 * tenant's zone — here Berlin, which moves to summer time on Sunday 29 March 2026. Slots already past or
 * overlapping existing ones are skipped and counted; a pattern of more than 3000 slots is refused whole.
 */
class OpeningWeeklySlotsTest {

    private static final ActorId ADMIN = new ActorId("admin-ida");
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    /** Starts, as the others, on Monday 2 March 2026 at 09:00 UTC, which is 10:00 in Berlin. */
    private final Scenario shop = Scenario.aBusinessIn("Europe/Berlin", "DE");
    private final Service consultation = shop.addService("Consultation", Duration.ofMinutes(60), Optional.empty(),
            true);
    private final Staff tom = shop.addStaff("Tom Baker", Optional.empty(), true, consultation, shop.service);

    @Test
    void aPatternMakesBackToBackSlotsOfTheServicesDurationOnTheChosenDays() {
        WeeklySlotsResult result = weekly(shop.service, shop.staff, date("2026-03-09"), date("2026-03-15"),
                Set.of(MONDAY, WEDNESDAY), time("09:00"), time("11:00"));

        assertThat(result.created()).extracting(SlotView::startTime).as("10:30 would end at 11:15: not made")
                .containsExactly(instant("2026-03-09T08:00:00Z"), instant("2026-03-09T08:45:00Z"),
                        instant("2026-03-11T08:00:00Z"), instant("2026-03-11T08:45:00Z"));
        assertThat(result.created()).allSatisfy(slot -> {
            assertThat(slot.endTime()).isEqualTo(slot.startTime().plus(Duration.ofMinutes(45)));
            assertThat(slot.serviceId()).isEqualTo(shop.service.id());
            assertThat(slot.staffId()).isEqualTo(shop.staff.id());
            assertThat(slot.staffName()).isEqualTo("Lena Vogel");
            assertThat(slot.status()).isEqualTo(SlotStatus.OPEN);
        });
        assertThat(result.skippedPast()).isZero();
        assertThat(result.skippedOverlapping()).isZero();
        assertThat(storedSlotIds()).containsExactlyElementsOf(result.created().stream().map(SlotView::id).toList());
    }

    @Test
    void theLastSlotOfADayMayEndExactlyAtTheDaysEnd() {
        WeeklySlotsResult result = weekly(shop.service, shop.staff, date("2026-03-09"), date("2026-03-09"),
                Set.of(MONDAY), time("09:00"), time("10:30"));

        assertThat(result.created()).extracting(SlotView::endTime)
                .containsExactly(instant("2026-03-09T08:45:00Z"), instant("2026-03-09T09:30:00Z"));
    }

    @Test
    void aDayTooShortForTheServiceMakesNoSlot() {
        WeeklySlotsResult result = weekly(shop.service, shop.staff, date("2026-03-09"), date("2026-03-09"),
                Set.of(MONDAY), time("09:00"), time("09:44"));

        assertThat(result.created()).isEmpty();
        assertThat(storedSlotIds()).isEmpty();
    }

    @Test
    void theFromAndToDatesAreBothIncluded() {
        WeeklySlotsResult result = weekly(shop.service, shop.staff, date("2026-03-09"), date("2026-03-16"),
                Set.of(MONDAY), time("09:00"), time("09:45"));

        assertThat(result.created()).extracting(SlotView::startTime)
                .containsExactly(instant("2026-03-09T08:00:00Z"), instant("2026-03-16T08:00:00Z"));
    }

    @Test
    void wallClockTimesAreTheTenantsOnBothSidesOfTheChangeToSummerTime() {
        WeeklySlotsResult result = weekly(consultation, tom, date("2026-03-27"), date("2026-03-30"),
                Set.of(SATURDAY, SUNDAY, MONDAY), time("09:00"), time("10:00"));

        assertThat(result.created()).extracting(SlotView::startTime).as("09:00 in Berlin")
                .containsExactly(instant("2026-03-28T08:00:00Z"), instant("2026-03-29T07:00:00Z"),
                        instant("2026-03-30T07:00:00Z"));
    }

    @Test
    void aWallClockTimeThatTheChangeToSummerTimeSkipsMakesNoSlot() {
        WeeklySlotsResult result = weekly(consultation, tom, date("2026-03-29"), date("2026-03-29"), Set.of(SUNDAY),
                time("01:00"), time("04:00"));

        assertThat(result.created()).extracting(SlotView::startTime).as("01:00 CET and 03:00 CEST; 02:00 never is")
                .containsExactly(instant("2026-03-29T00:00:00Z"), instant("2026-03-29T01:00:00Z"));
        assertThat(result.skippedOverlapping()).isZero();
    }

    @Test
    void eachWallClockTimeGetsOneSlotOnTheDayTheClocksGoBack() {
        WeeklySlotsResult result = weekly(consultation, tom, date("2026-10-25"), date("2026-10-25"), Set.of(SUNDAY),
                time("01:00"), time("04:00"));

        assertThat(result.created()).extracting(SlotView::startTime).as("01:00 and 02:00 CEST, 03:00 CET")
                .containsExactly(instant("2026-10-24T23:00:00Z"), instant("2026-10-25T00:00:00Z"),
                        instant("2026-10-25T02:00:00Z"));
    }

    @Test
    void slotsNotStartingInTheFutureAreSkippedAndCounted() {
        WeeklySlotsResult result = weekly(consultation, tom, date("2026-03-02"), date("2026-03-03"),
                Set.of(MONDAY, TUESDAY), time("08:00"), time("12:00"));

        assertThat(result.skippedPast()).as("08:00, 09:00 and 10:00 on Monday; 10:00 is now").isEqualTo(3);
        assertThat(result.skippedOverlapping()).isZero();
        assertThat(result.created()).extracting(SlotView::startTime)
                .containsExactly(instant("2026-03-02T10:00:00Z"), instant("2026-03-03T07:00:00Z"),
                        instant("2026-03-03T08:00:00Z"), instant("2026-03-03T09:00:00Z"),
                        instant("2026-03-03T10:00:00Z"));
    }

    @Test
    void slotsOverlappingExistingOnesOfTheStaffMemberAreSkippedAndCounted() {
        openSlot(consultation, tom, instant("2026-03-10T06:00:00Z"), instant("2026-03-10T07:00:00Z"));
        openSlot(consultation, tom, instant("2026-03-10T08:30:00Z"), instant("2026-03-10T09:15:00Z"));
        SlotView booked = openSlot(consultation, tom, instant("2026-03-10T11:00:00Z"),
                instant("2026-03-10T12:00:00Z"));
        shop.aBookingOf(booked.id()).create();
        openSlot(shop.service, shop.staff, instant("2026-03-10T10:00:00Z"), instant("2026-03-10T10:45:00Z"));

        WeeklySlotsResult result = weekly(consultation, tom, date("2026-03-10"), date("2026-03-10"),
                Set.of(TUESDAY), time("08:00"), time("13:00"));

        assertThat(result.skippedOverlapping()).as("09:00 and 10:00 overlap 09:30-10:15, 12:00 is booked")
                .isEqualTo(3);
        assertThat(result.skippedPast()).isZero();
        assertThat(result.created()).extracting(SlotView::startTime).as("08:00 follows 07:00-08:00; Lena is not Tom")
                .containsExactly(instant("2026-03-10T07:00:00Z"), instant("2026-03-10T10:00:00Z"));
    }

    @Test
    void aLongSlotStartingTheDayBeforeCountsAsOverlapping() {
        openSlot(consultation, tom, instant("2026-03-09T20:00:00Z"), instant("2026-03-10T08:30:00Z"));

        WeeklySlotsResult result = weekly(consultation, tom, date("2026-03-10"), date("2026-03-10"),
                Set.of(TUESDAY), time("08:00"), time("11:00"));

        assertThat(result.skippedOverlapping()).isEqualTo(2);
        assertThat(result.created()).extracting(SlotView::startTime)
                .containsExactly(instant("2026-03-10T09:00:00Z"));
    }

    @Test
    void repeatingAPatternMakesNoDuplicates() {
        WeeklySlotsResult first = weekly(shop.service, shop.staff, date("2026-03-09"), date("2026-03-15"),
                Set.of(MONDAY, WEDNESDAY), time("09:00"), time("11:00"));

        WeeklySlotsResult again = weekly(shop.service, shop.staff, date("2026-03-09"), date("2026-03-15"),
                Set.of(MONDAY, WEDNESDAY), time("09:00"), time("11:00"));

        assertThat(again.created()).isEmpty();
        assertThat(again.skippedOverlapping()).isEqualTo(4);
        assertThat(storedSlotIds()).containsExactlyElementsOf(first.created().stream().map(SlotView::id).toList());
    }

    @Test
    void datesDaysAndTimesAreRequiredAndEveryMissingOneIsReported() {
        assertRefused(new WeeklySlotsCommand(shop.tenant.id(), ADMIN, shop.service.id(), shop.staff.id(), null, null,
                null, null, null), "from_date", "to_date", "days", "day_start", "day_end");
    }

    @Test
    void theToDateMustNotBeBeforeTheFromDate() {
        assertRefused(command(shop.service, shop.staff, date("2026-03-10"), date("2026-03-09"), EVERY_DAY,
                time("09:00"), time("17:00")), "to_date");
    }

    @Test
    void aPatternSpansAtMost92Days() {
        assertRefused(command(shop.service, shop.staff, date("2026-03-09"), date("2026-06-09"), Set.of(MONDAY),
                time("09:00"), time("09:45")), "to_date");

        WeeklySlotsResult longest = weekly(shop.service, shop.staff, date("2026-03-09"), date("2026-06-08"),
                Set.of(MONDAY), time("09:00"), time("09:45"));

        assertThat(longest.created()).hasSize(14);
        assertThat(longest.created().get(13).startTime()).isEqualTo(instant("2026-06-08T07:00:00Z"));
    }

    @Test
    void theDayMustEndAfterItStarts() {
        assertRefused(command(shop.service, shop.staff, date("2026-03-09"), date("2026-03-13"), EVERY_DAY,
                time("17:00"), time("17:00")), "day_end");
        assertRefused(command(shop.service, shop.staff, date("2026-03-09"), date("2026-03-13"), EVERY_DAY,
                time("17:00"), time("09:00")), "day_end");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        assertRefused(command(shop.service, shop.staff, date("2026-03-10"), date("2026-03-09"), Set.of(),
                time("17:00"), time("09:00")), "to_date", "days", "day_end");
    }

    @Test
    void aPatternOfExactly3000SlotsIsMade() {
        Service quickLook = shop.addService("Quick look", Duration.ofMinutes(1), Optional.empty(), true);
        Staff zoe = shop.addStaff("Zoe Martin", Optional.empty(), true, quickLook);

        WeeklySlotsResult result = weekly(quickLook, zoe, date("2026-03-10"), date("2026-03-19"), EVERY_DAY,
                time("08:00"), time("13:00"));

        assertThat(result.created()).hasSize(SlotAdminService.MAX_PATTERN_SLOTS);
        assertThat(storedSlotIds()).hasSize(3000);
    }

    @Test
    void aPatternOfMoreThan3000SlotsIsRefusedAndMakesNothing() {
        Service quickLook = shop.addService("Quick look", Duration.ofMinutes(1), Optional.empty(), true);
        Staff zoe = shop.addStaff("Zoe Martin", Optional.empty(), true, quickLook);

        assertRefused(command(quickLook, zoe, date("2026-03-10"), date("2026-03-20"), EVERY_DAY, time("08:00"),
                time("13:00")), "to_date");
    }

    @Test
    void aStaffMemberWhoDoesNotPerformTheServiceIsRefusedOnTheStaffId() {
        assertRefused(command(consultation, shop.staff, date("2026-03-09"), date("2026-03-13"), EVERY_DAY,
                time("09:00"), time("17:00")), "staff_id");
    }

    @Test
    void anInactiveServiceIsRefusedOnTheServiceId() {
        Service retired = shop.addService("Perm", Duration.ofMinutes(120), Optional.empty(), false);
        Staff anna = shop.addStaff("Anna Berg", Optional.empty(), true, retired);

        assertRefused(command(retired, anna, date("2026-03-09"), date("2026-03-13"), EVERY_DAY, time("09:00"),
                time("17:00")), "service_id");
    }

    @Test
    void anUnknownOrAnotherTenantsServiceIsNotFound() {
        Scenario neighbour = shop.anotherBusiness();

        for (ServiceId unknown : List.of(new ServiceId(UUID.randomUUID()), neighbour.service.id())) {
            assertThatThrownBy(() -> shop.app.slotAdmin.createWeekly(new WeeklySlotsCommand(shop.tenant.id(), ADMIN,
                    unknown, shop.staff.id(), date("2026-03-09"), date("2026-03-13"), EVERY_DAY, time("09:00"),
                    time("17:00"))))
                    .isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_NOT_FOUND));
        }
        assertThat(storedSlotIds()).isEmpty();
    }

    @Test
    void aPatternForAnUnknownTenantIsNotFound() {
        assertThatThrownBy(() -> shop.app.slotAdmin.createWeekly(new WeeklySlotsCommand(
                new TenantId(UUID.randomUUID()), ADMIN, shop.service.id(), shop.staff.id(), date("2026-03-09"),
                date("2026-03-13"), EVERY_DAY, time("09:00"), time("17:00"))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND));
    }

    private WeeklySlotsResult weekly(Service service, Staff staff, LocalDate from, LocalDate to,
            Set<DayOfWeek> days, LocalTime dayStart, LocalTime dayEnd) {
        return shop.app.slotAdmin.createWeekly(command(service, staff, from, to, days, dayStart, dayEnd));
    }

    private WeeklySlotsCommand command(Service service, Staff staff, LocalDate from, LocalDate to,
            Set<DayOfWeek> days, LocalTime dayStart, LocalTime dayEnd) {
        return new WeeklySlotsCommand(shop.tenant.id(), ADMIN, service.id(), staff.id(), from, to, days, dayStart,
                dayEnd);
    }

    /** The pattern is refused on exactly these fields, in this order, and no slot is made. */
    private void assertRefused(WeeklySlotsCommand command, String... fields) {
        List<SlotId> before = storedSlotIds();

        assertThatThrownBy(() -> shop.app.slotAdmin.createWeekly(command))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly(fields));
        assertThat(storedSlotIds()).isEqualTo(before);
    }

    private SlotView openSlot(Service service, Staff staff, Instant start, Instant end) {
        return shop.app.slotAdmin.createSlot(new CreateSlotCommand(shop.tenant.id(), ADMIN, service.id(),
                staff.id(), start, Optional.of(end)));
    }

    /** Every slot of the tenant, earliest first. */
    private List<SlotId> storedSlotIds() {
        return shop.app.slots.search(new SlotSearch(shop.tenant.id(), Optional.empty(), Set.of(), Optional.empty(),
                Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")), Integer.MAX_VALUE)
                .stream().map(Slot::id).toList();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalTime time(String iso) {
        return LocalTime.parse(iso);
    }

    private static Instant instant(String iso) {
        return Instant.parse(iso);
    }
}
