package io.frontdesk.booking.adapter.persistence.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A staff member's feed: the hash of its current secret token. */
@Entity
@Table(name = "staff_calendar_feeds")
public class StaffCalendarFeedJpaEntity {

    @Id
    @Column(name = "staff_id")
    public UUID staffId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;
}
