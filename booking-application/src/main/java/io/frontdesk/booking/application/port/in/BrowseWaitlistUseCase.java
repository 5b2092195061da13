package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;

/** The waitlist as the desk reads it: a filtered page of entries, and one entry with its history. */
public interface BrowseWaitlistUseCase {

    Page<WaitlistEntryView> list(WaitlistQuery query);

    /** @throws io.frontdesk.booking.domain.shared.NotFoundException no such entry for the tenant */
    WaitlistEntryDetails get(TenantId tenantId, WaitlistEntryId entryId);
}
