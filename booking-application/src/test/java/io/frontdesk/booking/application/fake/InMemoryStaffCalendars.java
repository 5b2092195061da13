package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.CalendarAccount;
import io.frontdesk.booking.application.port.out.StaffCalendars;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryStaffCalendars implements StaffCalendars {

    private final Map<StaffId, CalendarAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<CalendarAccount> find(TenantId tenantId, StaffId staffId) {
        return Optional.ofNullable(accounts.get(staffId)).filter(a -> a.tenantId().equals(tenantId));
    }

    @Override
    public void save(CalendarAccount account) {
        accounts.put(account.staffId(), account);
    }

    @Override
    public void remove(TenantId tenantId, StaffId staffId) {
        accounts.computeIfPresent(staffId, (id, a) -> a.tenantId().equals(tenantId) ? null : a);
    }
}
