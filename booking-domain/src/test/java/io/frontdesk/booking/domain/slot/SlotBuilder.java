package io.frontdesk.booking.domain.slot;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.SampleCustomers;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Slots for tests: {@code anOpenSlot().startingAt(t).build()}. By default a 45-minute slot that starts at
 * {@link #DEFAULT_START}, a week after {@link #NOW}, so that it is bookable "now".
 */
public final class SlotBuilder {

    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    public static final Instant DEFAULT_START = Instant.parse("2026-03-09T10:00:00Z");
    public static final ServiceId HAIRCUT = new ServiceId(UUID.fromString("5e1b7c58-0a1d-4c5e-9f8e-000000000001"));
    public static final StaffId ALEX = new StaffId(UUID.fromString("5e1b7c58-0a1d-4c5e-9f8e-000000000002"));

    private SlotId id = new SlotId(UUID.randomUUID());
    private TenantId tenantId = SampleCustomers.TENANT;
    private ServiceId serviceId = HAIRCUT;
    private StaffId staffId = ALEX;
    private Instant start = DEFAULT_START;
    private Duration length = Duration.ofMinutes(45);
    private SlotStatus status = SlotStatus.OPEN;
    private Instant heldUntil;

    private SlotBuilder() {
    }

    public static SlotBuilder anOpenSlot() {
        return new SlotBuilder();
    }

    public static SlotBuilder aBookedSlot() {
        return new SlotBuilder().inStatus(SlotStatus.BOOKED);
    }

    public static SlotBuilder aHeldSlot(Instant until) {
        SlotBuilder builder = new SlotBuilder().inStatus(SlotStatus.HELD);
        builder.heldUntil = until;
        return builder;
    }

    public SlotBuilder withId(SlotId id) {
        this.id = id;
        return this;
    }

    public SlotBuilder forTenant(TenantId tenantId) {
        this.tenantId = tenantId;
        return this;
    }

    public SlotBuilder of(ServiceId serviceId) {
        this.serviceId = serviceId;
        return this;
    }

    public SlotBuilder with(StaffId staffId) {
        this.staffId = staffId;
        return this;
    }

    public SlotBuilder startingAt(Instant start) {
        this.start = start;
        return this;
    }

    public SlotBuilder lasting(Duration length) {
        this.length = length;
        return this;
    }

    private SlotBuilder inStatus(SlotStatus status) {
        this.status = status;
        return this;
    }

    public Slot build() {
        return Slot.reconstitute(id, tenantId, serviceId, staffId, TimeRange.of(start, length), status, heldUntil, 0);
    }
}
