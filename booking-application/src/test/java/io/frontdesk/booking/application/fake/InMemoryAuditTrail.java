package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.out.AuditTrail;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> history(TenantId tenantId, String entityType, UUID entityId) {
        return entries.stream()
                .filter(e -> e.tenantId().equals(tenantId) && e.entityType().equals(entityType)
                        && e.entityId().equals(entityId))
                .sorted(Comparator.comparing(AuditEntry::occurredAt))
                .toList();
    }

    /** Every entry, in the order recorded; for assertions. */
    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
