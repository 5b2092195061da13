package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.BrowseCatalogUseCase;
import io.frontdesk.booking.application.port.in.FindSlotsUseCase;
import io.frontdesk.booking.application.port.in.SlotView;
import io.frontdesk.booking.application.port.in.SlotsQuery;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.SlotSearch;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the create-booking flow offers to choose from: services, staff and slots. */
@ApplicationScoped
public class CatalogQueryService implements BrowseCatalogUseCase, FindSlotsUseCase {

    /** The most slots one request returns; two months of a busy calendar fit. */
    public static final int MAX_SLOTS = 1000;

    private final Services services;
    private final StaffMembers staffMembers;
    private final Slots slots;
    private final Clock clock;

    @Inject
    public CatalogQueryService(Services services, StaffMembers staffMembers, Slots slots, Clock clock) {
        this.services = services;
        this.staffMembers = staffMembers;
        this.slots = slots;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Service> services(TenantId tenantId, boolean includeInactive) {
        return services.list(tenantId).stream().filter(s -> includeInactive || s.active()).toList();
    }

    @Override
    @Transactional
    public List<Staff> staff(TenantId tenantId, Optional<ServiceId> serviceId, boolean includeInactive) {
        serviceId.ifPresent(id -> Require.service(services, tenantId, id));
        return staffMembers.list(tenantId).stream()
                .filter(s -> includeInactive || s.active())
                .filter(s -> serviceId.map(s::performs).orElse(true))
                .toList();
    }

    @Override
    @Transactional
    public List<SlotView> slots(SlotsQuery query) {
        query.serviceId().ifPresent(id -> Require.service(services, query.tenantId(), id));
        query.staffId().ifPresent(id -> Require.staff(staffMembers, query.tenantId(), id));
        Map<StaffId, Staff> staff = staffMembers.list(query.tenantId()).stream()
                .collect(Collectors.toMap(Staff::id, Function.identity()));
        if (!query.status().equals(Optional.of(SlotStatus.OPEN))) {
            SlotSearch search = new SlotSearch(query.tenantId(), query.serviceId(),
                    query.staffId().map(Set::of).orElse(Set.of()), query.status(), query.from(), query.to());
            return slots.search(search, MAX_SLOTS).stream().map(slot -> view(slot, staff)).toList();
        }
        return bookable(query, staff);
    }

    /**
     * Open slots that can be booked now: starting in the future, of an active service that an active staff member
     * still performs. Narrowing the search to those staff keeps slots of others from crowding out the limit.
     */
    private List<SlotView> bookable(SlotsQuery query, Map<StaffId, Staff> staff) {
        Instant now = clock.instant();
        Instant from = query.from().isAfter(now) ? query.from() : now;
        Set<ServiceId> activeServices = services.list(query.tenantId()).stream()
                .filter(Service::active).map(Service::id).collect(Collectors.toSet());
        Set<StaffId> staffIds = staff.values().stream()
                .filter(Staff::active)
                .filter(s -> query.staffId().map(s.id()::equals).orElse(true))
                .filter(s -> query.serviceId().map(s::performs).orElse(true))
                .map(Staff::id)
                .collect(Collectors.toSet());
        if (staffIds.isEmpty() || !query.to().isAfter(from)
                || query.serviceId().map(id -> !activeServices.contains(id)).orElse(false)) {
            return List.of();
        }
        SlotSearch search = new SlotSearch(query.tenantId(), query.serviceId(), staffIds,
                Optional.of(SlotStatus.OPEN), from, query.to());
        return slots.search(search, MAX_SLOTS).stream()
                .filter(slot -> slot.isBookable(now))
                .filter(slot -> activeServices.contains(slot.serviceId()))
                .filter(slot -> staff.get(slot.staffId()).performs(slot.serviceId()))
                .map(slot -> view(slot, staff))
                .toList();
    }

    private static SlotView view(Slot slot, Map<StaffId, Staff> staff) {
        return new SlotView(slot.id(), slot.serviceId(), slot.staffId(), staff.get(slot.staffId()).name().value(),
                slot.time().start(), slot.time().end(), slot.status(), slot.heldUntil());
    }
}
