package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.SlotSearch;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotUnavailableException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps copies, never the caller's objects, so a change counts only once it is stored. */
public final class InMemorySlots implements Slots {

    private final Map<SlotId, Slot> slots = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Slot> find(TenantId tenantId, SlotId id) {
        return Optional.ofNullable(slots.get(id)).filter(s -> s.tenantId().equals(tenantId)).map(s -> copy(s, 0));
    }

    @Override
    public synchronized Slot tryBook(TenantId tenantId, SlotId id, Instant now) {
        Slot slot = find(tenantId, id).orElseThrow(() -> new NotFoundException(ErrorCode.SLOT_NOT_FOUND, "Slot", id));
        slot.book(now);
        slots.put(id, copy(slot, 1));
        return copy(slot, 1);
    }

    @Override
    public synchronized void add(Slot slot) {
        boolean overlaps = slots.values().stream().anyMatch(s -> s.tenantId().equals(slot.tenantId())
                && s.staffId().equals(slot.staffId()) && s.time().overlaps(slot.time()));
        if (overlaps) {
            throw DomainValidationException.of("start_time", "overlaps another slot of this staff member");
        }
        slots.put(slot.id(), copy(slot, 0));
    }

    @Override
    public synchronized void update(Slot slot) {
        Slot stored = slots.get(slot.id());
        if (stored == null || stored.version() != slot.version() || !stored.tenantId().equals(slot.tenantId())) {
            throw new SlotUnavailableException(slot.id());
        }
        slots.put(slot.id(), copy(slot, 1));
    }

    @Override
    public synchronized void delete(Slot slot) {
        Slot stored = slots.get(slot.id());
        if (stored == null || stored.version() != slot.version() || !stored.tenantId().equals(slot.tenantId())) {
            throw new SlotUnavailableException(slot.id());
        }
        slots.remove(slot.id());
    }

    @Override
    public synchronized List<Slot> search(SlotSearch search, int limit) {
        return slots.values().stream()
                .filter(s -> s.tenantId().equals(search.tenantId()))
                .filter(s -> search.serviceId().map(s.serviceId()::equals).orElse(true))
                .filter(s -> search.staffIds().isEmpty() || search.staffIds().contains(s.staffId()))
                .filter(s -> search.status().map(s.status()::equals).orElse(true))
                .filter(s -> !s.time().start().isBefore(search.from()) && s.time().start().isBefore(search.to()))
                // UUIDs compare as their text: the unsigned byte order PostgreSQL sorts uuid columns in.
                .sorted(Comparator.comparing((Slot s) -> s.time().start()).thenComparing(s -> s.id().toString()))
                .limit(limit)
                .map(s -> copy(s, 0))
                .toList();
    }

    private static Slot copy(Slot s, long versionIncrement) {
        return Slot.reconstitute(s.id(), s.tenantId(), s.serviceId(), s.staffId(), s.time(), s.status(),
                s.heldUntil().orElse(null), s.version() + versionIncrement);
    }
}
