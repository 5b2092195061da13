package io.frontdesk.booking.application.port.out.contract;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.AuditEntry.Change;
import io.frontdesk.booking.application.port.out.AuditTrail;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditTrail} implementation must do: keep each entry whole (actor, action, changes with empty
 * befores and afters), return one entity's history oldest first, in recording order for equal times, and
 * never mix entities, entity types or tenants.
 */
public abstract class AuditTrailContract extends PortContract {

    /** The implementation under test; the same instance throughout one test. */
    protected abstract AuditTrail auditTrail();

    /** Where the entries' tenants are stored. */
    protected abstract Tenants tenants();

    private Tenant tenant;
    private UUID bookingId;

    @BeforeEach
    void arrangeTenant() {
        tenant = new Arrange(this).tenants(tenants()).tenant();
        bookingId = UUID.randomUUID();
    }

    @Test
    void aRecordedEntryComesBackWhole() {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("status", Change.of("confirmed", "canceled"));
        changes.put("cancellation_reason", Change.set("Customer is ill; will call back"));
        changes.put("booking_id", Change.of(bookingId.toString(), null));
        changes.put("customer_name", Change.set("José Núñez \"Pepe\""));
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), tenant.id(), AuditEntry.BOOKING, bookingId,
                "booking.canceled", new ActorId("auth0|5f7c8ec7c33c6c004bbafe82"), changes, NOW);

        inTransactionDo(() -> auditTrail().record(entry));

        assertThat(history(tenant.id(), AuditEntry.BOOKING, bookingId)).containsExactly(entry);
    }

    @Test
    void anEntryWithoutChangesComesBackWithoutChanges() {
        AuditEntry entry = entry(bookingId, "booking.viewed", NOW, Map.of());

        inTransactionDo(() -> auditTrail().record(entry));

        assertThat(history(tenant.id(), AuditEntry.BOOKING, bookingId)).containsExactly(entry);
    }

    @Test
    void theHistoryIsOldestFirst() {
        AuditEntry canceled = entry(bookingId, "booking.canceled", NOW.plus(Duration.ofHours(2)));
        AuditEntry created = entry(bookingId, "booking.created", NOW);
        AuditEntry noted = entry(bookingId, "booking.noted", NOW.plus(Duration.ofMinutes(5)));

        for (AuditEntry e : List.of(canceled, created, noted)) {
            inTransactionDo(() -> auditTrail().record(e));
        }

        assertThat(history(tenant.id(), AuditEntry.BOOKING, bookingId)).containsExactly(created, noted, canceled);
    }

    @Test
    void entriesOfTheSameInstantKeepTheOrderTheyWereRecordedIn() {
        List<AuditEntry> sameInstant = List.of(entry(bookingId, "booking.created", NOW),
                entry(bookingId, "booking.canceled", NOW), entry(bookingId, "booking.noted", NOW),
                entry(bookingId, "booking.exported", NOW));

        for (AuditEntry e : sameInstant) {
            inTransactionDo(() -> auditTrail().record(e));
        }

        assertThat(history(tenant.id(), AuditEntry.BOOKING, bookingId)).containsExactlyElementsOf(sameInstant);
    }

    @Test
    void entriesRecordedInOneTransactionKeepTheirOrder() {
        List<AuditEntry> together = List.of(entry(bookingId, "booking.canceled", NOW),
                entry(bookingId, "booking.noted", NOW));

        inTransactionDo(() -> together.forEach(auditTrail()::record));

        assertThat(history(tenant.id(), AuditEntry.BOOKING, bookingId)).containsExactlyElementsOf(together);
    }

    @Test
    void theHistoryHoldsOnlyThatEntitysEntries() {
        AuditEntry mine = entry(bookingId, "booking.created", NOW);
        AuditEntry otherBooking = entry(UUID.randomUUID(), "booking.created", NOW);
        AuditEntry slotWithSameId = new AuditEntry(UUID.randomUUID(), tenant.id(), AuditEntry.SLOT, bookingId,
                "slot.released", ContractData.DESK, Map.of("status", Change.of("booked", "open")), NOW);

        inTransactionDo(() -> List.of(mine, otherBooking, slotWithSameId).forEach(auditTrail()::record));

        assertThat(history(tenant.id(), AuditEntry.BOOKING, bookingId)).containsExactly(mine);
        assertThat(history(tenant.id(), AuditEntry.SLOT, bookingId)).containsExactly(slotWithSameId);
    }

    @Test
    void theHistoryNeverCrossesTenants() {
        Tenant other = new Arrange(this).tenants(tenants()).tenant();
        AuditEntry mine = entry(bookingId, "booking.created", NOW);
        AuditEntry theirs = new AuditEntry(UUID.randomUUID(), other.id(), AuditEntry.BOOKING, bookingId,
                "booking.canceled", ContractData.DESK, Map.of(), NOW);

        inTransactionDo(() -> List.of(mine, theirs).forEach(auditTrail()::record));

        assertThat(history(tenant.id(), AuditEntry.BOOKING, bookingId)).containsExactly(mine);
        assertThat(history(other.id(), AuditEntry.BOOKING, bookingId)).containsExactly(theirs);
    }

    @Test
    void anEntityWithoutEntriesHasAnEmptyHistory() {
        assertThat(history(tenant.id(), AuditEntry.BOOKING, UUID.randomUUID())).isEmpty();
    }

    private AuditEntry entry(UUID entityId, String action, Instant at) {
        return entry(entityId, action, at, Map.of("note", Change.set(action)));
    }

    private AuditEntry entry(UUID entityId, String action, Instant at, Map<String, Change> changes) {
        return new AuditEntry(UUID.randomUUID(), tenant.id(), AuditEntry.BOOKING, entityId, action,
                ContractData.DESK, changes, at);
    }

    private List<AuditEntry> history(TenantId tenantId, String entityType, UUID entityId) {
        return inTransaction(() -> auditTrail().history(tenantId, entityType, entityId));
    }
}
