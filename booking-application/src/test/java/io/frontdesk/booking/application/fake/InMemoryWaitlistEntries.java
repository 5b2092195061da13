package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryWaitlistEntries implements WaitlistEntries {

    private final Map<WaitlistEntryId, WaitlistEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized Optional<WaitlistEntry> find(TenantId tenantId, WaitlistEntryId id) {
        return Optional.ofNullable(entries.get(id)).filter(e -> e.tenantId().equals(tenantId)).map(e -> copy(e, 0));
    }

    @Override
    public synchronized void add(WaitlistEntry entry) {
        entries.put(entry.id(), copy(entry, 0));
    }

    @Override
    public synchronized void update(WaitlistEntry entry) {
        WaitlistEntry stored = entries.get(entry.id());
        if (stored == null || stored.version() != entry.version() || !stored.tenantId().equals(entry.tenantId())) {
            throw new IllegalTransitionException(ErrorCode.WAITLIST_TRANSITION_REFUSED, "waitlist entry (changed "
                    + "concurrently)", stored == null ? "missing" : stored.status().value(), entry.status().value());
        }
        entries.put(entry.id(), copy(entry, 1));
    }

    private static WaitlistEntry copy(WaitlistEntry e, long versionIncrement) {
        return WaitlistEntry.reconstitute(e.id(), e.tenantId(), e.customer(), e.serviceId(), e.staffId(),
                e.wantedWindow(), e.status(), e.offer(), e.createdAt(), e.version() + versionIncrement);
    }
}
