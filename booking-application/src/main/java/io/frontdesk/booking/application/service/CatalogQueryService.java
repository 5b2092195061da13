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
        Set<StaffId> staffIds = query.staffId().map(Set::of).orElse(Set.of());
        Instant from = query.from();
        boolean bookableOnly = query.status().equals(Optional.of(SlotStatus.OPEN));
        Instant now = clock.instant();
        if (bookableOnly) {
            from = from.isAfter(now) ? from : now;
            staffIds = staff.values().stream()
                    .filter(Staff::active)
                    .filter(s -> query.staffId().map(s.id()::equals).orElse(true))
                    .filter(s -> query.serviceId().map(s::performs).orElse(true))
                    .map(Staff::id)
                    .collect(Collectors.toSet());
            if (staffIds.isEmpty() || !query.to().isAfter(from)) {
                return List.of();
            }
        }
        SlotSearch search = new SlotSearch(query.tenantId(), query.serviceId(), staffIds, query.status(), from,
                query.to());
        return slots.search(search, MAX_SLOTS).stream()
                .filter(slot -> !bookableOnly || slot.isBookable(now))
                .map(slot -> new SlotView(slot.id(), slot.serviceId(), slot.staffId(),
                        staff.get(slot.staffId()).name().value(), slot.time().start(), slot.time().end(),
                        slot.status(), slot.heldUntil()))
                .toList();
    }
}
