package io.frontdesk.booking.application.port.in;

import java.util.List;

/** One waitlist entry with its audit trail (joined, offered, answered, removed...), oldest first. */
public record WaitlistEntryDetails(WaitlistEntryView entry, List<AuditEntry> auditTrail) {

    public WaitlistEntryDetails {
        auditTrail = List.copyOf(auditTrail);
    }
}
