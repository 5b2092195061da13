package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryStaffMembers implements StaffMembers {

    private final Map<StaffId, Staff> staff = new ConcurrentHashMap<>();

    @Override
    public Optional<Staff> find(TenantId tenantId, StaffId id) {
        return Optional.ofNullable(staff.get(id)).filter(s -> s.tenantId().equals(tenantId));
    }

    @Override
    public List<Staff> list(TenantId tenantId) {
        return staff.values().stream()
                .filter(s -> s.tenantId().equals(tenantId))
                .sorted(Comparator.comparing((Staff s) -> s.name().value()).thenComparing(s -> s.id().toString()))
                .toList();
    }

    @Override
    public void save(Staff member) {
        staff.put(member.id(), member);
    }
}
