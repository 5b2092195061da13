package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the audit trail: who ({@code actor}) did what ({@code action}, e.g. {@code booking.canceled}) to
 * which entity, when, and what changed, as field to before/after values. Written in the transaction of the change.
 */
public record AuditEntry(UUID id, TenantId tenantId, String entityType, UUID entityId, String action,
        ActorId actor, Map<String, Change> changes, Instant occurredAt) {

    public static final String BOOKING = "booking";
    public static final String SLOT = "slot";
    public static final String WAITLIST_ENTRY = "waitlist_entry";

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(entityType, "entity type");
        Objects.requireNonNull(entityId, "entity id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurred at");
        changes = Map.copyOf(changes);
    }

    /** A field's value before and after the change; empty where the field had or has no value. */
    public record Change(Optional<String> before, Optional<String> after) {

        public static Change of(String before, String after) {
            return new Change(Optional.ofNullable(before), Optional.ofNullable(after));
        }

        public static Change set(String after) {
            return of(null, after);
        }
    }
}
