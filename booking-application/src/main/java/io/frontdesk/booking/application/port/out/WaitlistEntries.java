package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.util.Optional;

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
}
