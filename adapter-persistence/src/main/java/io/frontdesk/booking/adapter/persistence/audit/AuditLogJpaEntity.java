package io.frontdesk.booking.adapter.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One audit entry; {@code changes} maps a field to {@code {"before": ..., "after": ...}}. */
@Entity
@Table(name = "audit_log")
public class AuditLogJpaEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Column(name = "entity_type", nullable = false, updatable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    public UUID entityId;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "actor_id", nullable = false, updatable = false)
    public String actorId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public Map<String, Map<String, String>> changes;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;
}
