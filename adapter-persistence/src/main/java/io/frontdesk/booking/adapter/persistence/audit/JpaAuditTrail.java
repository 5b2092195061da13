package io.frontdesk.booking.adapter.persistence.audit;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.out.AuditTrail;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The audit log, append-only; entries of one instant keep the order they were written in (column {@code seq}). */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail, PanacheRepositoryBase<AuditLogJpaEntity, UUID> {

    private static final String BEFORE = "before";
    private static final String AFTER = "after";

    @Override
    public void record(AuditEntry entry) {
        AuditLogJpaEntity entity = new AuditLogJpaEntity();
        entity.id = entry.id();
        entity.tenantId = entry.tenantId().value();
        entity.entityType = entry.entityType();
        entity.entityId = entry.entityId();
        entity.action = entry.action();
        entity.actorId = entry.actor().value();
        entity.occurredAt = entry.occurredAt();
        entity.changes = entry.changes().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            Map<String, String> change = new HashMap<>();
            e.getValue().before().ifPresent(v -> change.put(BEFORE, v));
            e.getValue().after().ifPresent(v -> change.put(AFTER, v));
            return change;
        }));
        persist(entity);
        // Flushed at once so that the identity column records the order of writing.
        flush();
    }

    @Override
    public List<AuditEntry> history(TenantId tenantId, String entityType, UUID entityId) {
        @SuppressWarnings("unchecked")
        List<AuditLogJpaEntity> rows = getEntityManager().createNativeQuery("""
                SELECT * FROM audit_log
                WHERE tenant_id = :tenant AND entity_type = :type AND entity_id = :entity
                ORDER BY occurred_at, seq""", AuditLogJpaEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("type", entityType)
                .setParameter("entity", entityId)
                .getResultList();
        return rows.stream().map(JpaAuditTrail::toEntry).toList();
    }

    private static AuditEntry toEntry(AuditLogJpaEntity e) {
        Map<String, AuditEntry.Change> changes = e.changes.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, c -> new AuditEntry.Change(Optional.ofNullable(c.getValue().get(BEFORE)),
                        Optional.ofNullable(c.getValue().get(AFTER)))));
        return new AuditEntry(e.id, new TenantId(e.tenantId), e.entityType, e.entityId, e.action,
                new ActorId(e.actorId), changes, e.occurredAt);
    }
}
