package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.CalendarFeeds;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryCalendarFeeds implements CalendarFeeds {

    private final Map<StaffId, String> hashes = new HashMap<>();
    private final Map<String, Owner> owners = new HashMap<>();

    @Override
    public synchronized void replace(TenantId tenantId, StaffId staffId, String tokenHash, Instant at) {
        Optional.ofNullable(hashes.put(staffId, tokenHash)).ifPresent(owners::remove);
        owners.put(tokenHash, new Owner(tenantId, staffId));
    }

    @Override
    public synchronized boolean exists(TenantId tenantId, StaffId staffId) {
        return Optional.ofNullable(hashes.get(staffId)).map(owners::get)
                .filter(o -> o.tenantId().equals(tenantId)).isPresent();
    }

    @Override
    public synchronized Optional<Owner> ownerOf(String tokenHash) {
        return Optional.ofNullable(owners.get(tokenHash));
    }
}
