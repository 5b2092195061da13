package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.BrowseCatalogUseCase;
import io.frontdesk.booking.application.port.in.FindOpenSlotsUseCase;
import io.frontdesk.booking.application.port.in.OpenSlotsQuery;
import io.frontdesk.booking.application.port.in.SlotView;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the create-booking flow offers to choose from: services, staff and open slots. */
@ApplicationScoped
public class CatalogQueryService implements BrowseCatalogUseCase, FindOpenSlotsUseCase {

    /** The most slots one request returns; two months of a busy calendar fit. */
    public static final int MAX_SLOTS = 500;

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
    public List<Service> services(TenantId tenantId) {
        return services.list(tenantId).stream().filter(Service::active).toList();
    }

    @Override
    @Transactional
    public List<Staff> staff(TenantId tenantId, Optional<ServiceId> serviceId) {
        serviceId.ifPresent(id -> Require.service(services, tenantId, id));
        return staffMembers.list(tenantId).stream()
                .filter(Staff::active)
                .filter(s -> serviceId.map(s::performs).orElse(true))
                .toList();
    }

    @Override
    @Transactional
    public List<SlotView> openSlots(OpenSlotsQuery query) {
        Require.service(services, query.tenantId(), query.serviceId());
        query.staffId().ifPresent(id -> Require.staff(staffMembers, query.tenantId(), id));
        Instant now = clock.instant();
        Instant from = query.from().isAfter(now) ? query.from() : now;
        if (!query.to().isAfter(from)) {
            return List.of();
        }
        Map<StaffId, Staff> staff = staffMembers.list(query.tenantId()).stream()
                .collect(Collectors.toMap(Staff::id, Function.identity()));
        SlotSearch search = new SlotSearch(query.tenantId(), Optional.of(query.serviceId()), query.staffId(),
                Optional.of(SlotStatus.OPEN), from, query.to());
        return slots.search(search, MAX_SLOTS).stream()
                .filter(slot -> slot.isBookable(now))
                .filter(slot -> staff.containsKey(slot.staffId()) && staff.get(slot.staffId()).active())
                .map(slot -> new SlotView(slot.id(), slot.serviceId(), slot.staffId(),
                        staff.get(slot.staffId()).name().value(), slot.time().start(), slot.time().end(),
                        slot.status(), slot.heldUntil()))
                .toList();
    }
}
