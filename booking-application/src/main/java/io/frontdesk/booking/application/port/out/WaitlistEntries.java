package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Customers on the waitlist. */
public interface WaitlistEntries {

    Optional<WaitlistEntry> find(TenantId tenantId, WaitlistEntryId id);

    void add(WaitlistEntry entry);

    /**
     * Stores a changed entry if nobody changed it since it was loaded.
     *
     * @throws io.frontdesk.booking.domain.shared.IllegalTransitionException otherwise
     */
    void update(WaitlistEntry entry);

    /**
     * The next in line for {@code slot}: the oldest waiting entry (by {@code createdAt}, then id) that
     * {@link WaitlistEntry#matches matches} it, other than {@code excluded}. The entry is reserved for the caller's
     * transaction: concurrent callers skip it and get the next one, so two freed slots never go to one entry.
     */
    Optional<WaitlistEntry> nextInLine(Slot slot, Set<WaitlistEntryId> excluded);

    /**
     * Waiting entries whose wanted window has ended by {@code now}, of every tenant, oldest first, at most
     * {@code limit}; entries another transaction is changing right now are skipped (they come again next time).
     */
    List<WaitlistEntry> lapsed(Instant now, int limit);

    /** Whether the tenant has anyone waiting for the service. */
    boolean anyWaiting(TenantId tenantId, ServiceId serviceId);

    /** Matching entries, oldest first (then by id), one page of them, with the total count of matches. */
    Page<WaitlistEntry> list(WaitlistFilter filter, PageRequest page);
}
