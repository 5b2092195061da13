package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.List;
import java.util.UUID;

/** The append-only record of who changed what. Entries are written in the transaction of the change. */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The entries about one entity, oldest first (ties in time keep the order they were recorded in). */
    List<AuditEntry> history(TenantId tenantId, String entityType, UUID entityId);
}
