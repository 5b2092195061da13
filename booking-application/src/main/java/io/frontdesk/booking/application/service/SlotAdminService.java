package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.CreateSlotCommand;
import io.frontdesk.booking.application.port.in.ManageSlotsUseCase;
import io.frontdesk.booking.application.port.in.SlotView;
import io.frontdesk.booking.application.port.in.WeeklySlotsCommand;
import io.frontdesk.booking.application.port.in.WeeklySlotsResult;
import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.SlotSearch;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.shared.Violations;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Admins' maintenance of slots. A slot is only ever created for an active staff member performing the service. */
@ApplicationScoped
public class SlotAdminService implements ManageSlotsUseCase {

    /** The longest single slot. */
    public static final Duration MAX_SLOT_LENGTH = Duration.ofDays(1);
    /** The longest period one weekly pattern may cover. */
    public static final long MAX_PATTERN_DAYS = 92;
    /** The most slots one weekly pattern may produce. */
    public static final int MAX_PATTERN_SLOTS = 3000;

    private final Tenants tenants;
    private final Services services;
    private final StaffMembers staffMembers;
    private final Slots slots;
    private final Bookings bookings;
    private final WaitlistOffers waitlistOffers;
    private final WaitlistOffering waitlistOffering;
    private final Clock clock;

    @Inject
    public SlotAdminService(Tenants tenants, Services services, StaffMembers staffMembers, Slots slots,
            Bookings bookings, WaitlistOffers waitlistOffers, WaitlistOffering waitlistOffering, Clock clock) {
        this.tenants = tenants;
        this.services = services;
        this.staffMembers = staffMembers;
        this.slots = slots;
        this.bookings = bookings;
        this.waitlistOffers = waitlistOffers;
        this.waitlistOffering = waitlistOffering;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SlotView createSlot(CreateSlotCommand command) {
        if (command.start() == null) {
            throw DomainValidationException.of("start_time", "is required");
        }
        Pairing pairing = pairing(command.tenantId(), command.serviceId(), command.staffId());
        Instant end = command.end().orElse(command.start().plus(pairing.service().duration()));
        Violations violations = new Violations();
        TimeRange time = violations.check("end_time", () -> new TimeRange(command.start(), end));
        if (time != null && time.duration().compareTo(MAX_SLOT_LENGTH) > 0) {
            violations.add("end_time", "must be at most 24 hours after the start");
        }
        if (!command.start().isAfter(clock.instant())) {
            violations.add("start_time", "must be in the future");
        }
        violations.throwIfAny();
        if (overlaps(time, existing(command.tenantId(), pairing.staff(), time.start(), time.end()))) {
            throw DomainValidationException.of("start_time", "overlaps another slot of this staff member");
        }
        Slot slot = Slot.open(new SlotId(UUID.randomUUID()), command.tenantId(), pairing.service().id(),
                pairing.staff().id(), time);
        slots.add(slot);
        waitlistOffering.offerNext(command.tenantId(), slot.id(), command.actor(), clock.instant());
        return view(slots.find(command.tenantId(), slot.id()).orElseThrow(), pairing.staff());
    }

    @Override
    @Transactional
    public WeeklySlotsResult createWeekly(WeeklySlotsCommand command) {
        ZoneId zone = Require.tenant(tenants, command.tenantId()).timeZone();
        validate(command);
        Pairing pairing = pairing(command.tenantId(), command.serviceId(), command.staffId());
        List<TimeRange> wanted = expand(command, pairing.service().duration(), zone);
        if (wanted.size() > MAX_PATTERN_SLOTS) {
            throw DomainValidationException.of("to_date", "the pattern makes more than " + MAX_PATTERN_SLOTS
                    + " slots; choose a shorter period");
        }
        Instant now = clock.instant();
        List<Slot> taken = wanted.isEmpty() ? List.of() : existing(command.tenantId(), pairing.staff(),
                wanted.get(0).start(), wanted.get(wanted.size() - 1).end());
        List<SlotId> created = new ArrayList<>();
        int past = 0;
        int overlapping = 0;
        for (TimeRange time : wanted) {
            if (!time.startsAfter(now)) {
                past++;
            } else if (overlaps(time, taken)) {
                overlapping++;
            } else {
                Slot slot = Slot.open(new SlotId(UUID.randomUUID()), command.tenantId(), pairing.service().id(),
                        pairing.staff().id(), time);
                slots.add(slot);
                created.add(slot.id());
            }
        }
        waitlistOffering.offerEach(command.tenantId(), pairing.service().id(), created, command.actor(), now);
        List<SlotView> views = created.stream()
                .map(id -> view(slots.find(command.tenantId(), id).orElseThrow(), pairing.staff())).toList();
        return new WeeklySlotsResult(views, past, overlapping);
    }

    @Override
    @Transactional
    public void deleteSlot(TenantId tenantId, ActorId actor, SlotId slotId) {
        Slot slot = slots.find(tenantId, slotId)
                .orElseThrow(() -> new NotFoundException(ErrorCode.SLOT_NOT_FOUND, "Slot", slotId));
        if (slot.status() != SlotStatus.OPEN) {
            throw new IllegalTransitionException(ErrorCode.SLOT_TRANSITION_REFUSED, "slot", slot.status().value(),
                    "deleted");
        }
        if (bookings.anyForSlot(tenantId, slotId) || !waitlistOffers.entriesOffered(tenantId, slotId).isEmpty()) {
            throw new IllegalTransitionException(ErrorCode.SLOT_TRANSITION_REFUSED,
                    "slot with booking or offer history", slot.status().value(), "deleted");
        }
        slots.delete(slot);
    }

    private static void validate(WeeklySlotsCommand c) {
        Violations violations = new Violations();
        if (c.fromDate() == null) {
            violations.add("from_date", "is required");
        }
        if (c.toDate() == null) {
            violations.add("to_date", "is required");
        }
        if (c.fromDate() != null && c.toDate() != null) {
            if (c.toDate().isBefore(c.fromDate())) {
                violations.add("to_date", "must not be before from_date");
            } else if (ChronoUnit.DAYS.between(c.fromDate(), c.toDate()) >= MAX_PATTERN_DAYS) {
                violations.add("to_date", "must be within " + MAX_PATTERN_DAYS + " days of from_date");
            }
        }
        if (c.days().isEmpty()) {
            violations.add("days", "must name at least one day of the week");
        }
        if (c.dayStart() == null) {
            violations.add("day_start", "is required");
        }
        if (c.dayEnd() == null) {
            violations.add("day_end", "is required");
        }
        if (c.dayStart() != null && c.dayEnd() != null && !c.dayEnd().isAfter(c.dayStart())) {
            violations.add("day_end", "must be after day_start");
        }
        violations.throwIfAny();
    }

    /**
     * Back-to-back ranges of {@code length} per chosen day, in wall-clock time of {@code zone}, earliest first. A
     * wall-clock start that daylight saving skips that day makes no range: shifted forward by the gap, it would
     * collide with the ranges after it.
     */
    private static List<TimeRange> expand(WeeklySlotsCommand c, Duration length, ZoneId zone) {
        List<TimeRange> ranges = new ArrayList<>();
        long dayMinutes = Duration.between(c.dayStart(), c.dayEnd()).toMinutes();
        for (LocalDate date = c.fromDate(); !date.isAfter(c.toDate()); date = date.plusDays(1)) {
            if (!c.days().contains(date.getDayOfWeek())) {
                continue;
            }
            for (long offset = 0; offset + length.toMinutes() <= dayMinutes; offset += length.toMinutes()) {
                LocalDateTime local = date.atTime(c.dayStart().plusMinutes(offset));
                if (zone.getRules().getValidOffsets(local).isEmpty()) {
                    continue;
                }
                Instant start = local.atZone(zone).toInstant();
                ranges.add(TimeRange.of(start, length));
                if (ranges.size() > MAX_PATTERN_SLOTS) {
                    return ranges;
                }
            }
        }
        return ranges;
    }

    private List<Slot> existing(TenantId tenantId, Staff staff, Instant from, Instant to) {
        return slots.search(new SlotSearch(tenantId, Optional.empty(), Set.of(staff.id()), Optional.empty(),
                from.minus(MAX_SLOT_LENGTH), to), Integer.MAX_VALUE);
    }

    private static boolean overlaps(TimeRange time, List<Slot> candidates) {
        return candidates.stream().anyMatch(s -> s.time().overlaps(time));
    }

    private Pairing pairing(TenantId tenantId, ServiceId serviceId, StaffId staffId) {
        Violations violations = new Violations();
        if (serviceId == null) {
            violations.add("service_id", "is required");
        }
        if (staffId == null) {
            violations.add("staff_id", "is required");
        }
        violations.throwIfAny();
        Service service = Require.service(services, tenantId, serviceId);
        Staff staff = Require.staff(staffMembers, tenantId, staffId);
        if (!service.active()) {
            violations.add("service_id", "is inactive");
        }
        if (!staff.active()) {
            violations.add("staff_id", "is inactive");
        } else if (!staff.performs(service.id())) {
            violations.add("staff_id", "does not perform this service");
        }
        violations.throwIfAny();
        return new Pairing(service, staff);
    }

    private static SlotView view(Slot slot, Staff staff) {
        return new SlotView(slot.id(), slot.serviceId(), slot.staffId(), staff.name().value(), slot.time().start(),
                slot.time().end(), slot.status(), slot.heldUntil());
    }

    private record Pairing(Service service, Staff staff) {
    }
}
