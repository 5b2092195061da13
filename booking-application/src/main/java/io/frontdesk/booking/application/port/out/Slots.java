package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Slot aggregates, by tenant. */
public interface Slots {

    Optional<Slot> find(TenantId tenantId, SlotId id);

    /**
     * Books the slot if, at this moment, it is open and starts after {@code now}, atomically: of any number of
     * concurrent calls for one slot, exactly one succeeds. Returns the booked slot.
     *
     * @throws io.frontdesk.booking.domain.shared.NotFoundException no such slot for the tenant
     * @throws io.frontdesk.booking.domain.slot.SlotInThePastException the slot has started
     * @throws io.frontdesk.booking.domain.slot.SlotUnavailableException the slot is held or booked
     */
    Slot tryBook(TenantId tenantId, SlotId id, Instant now);

    /**
     * Stores a new slot.
     *
     * @throws io.frontdesk.booking.domain.shared.DomainValidationException when it overlaps another slot of the
     *     same staff member (field {@code start_time})
     */
    void add(Slot slot);

    /**
     * Stores a changed slot if nobody changed it since it was loaded.
     *
     * @throws io.frontdesk.booking.domain.slot.SlotUnavailableException otherwise
     */
    void update(Slot slot);

    /**
     * Removes a slot if nobody changed it since it was loaded.
     *
     * @throws io.frontdesk.booking.domain.slot.SlotUnavailableException otherwise
     */
    void delete(Slot slot);

    /** Matching slots, earliest start first (then by id), at most {@code limit}. */
    List<Slot> search(SlotSearch search, int limit);
}
