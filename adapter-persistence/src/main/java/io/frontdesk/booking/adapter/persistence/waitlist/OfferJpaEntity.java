package io.frontdesk.booking.adapter.persistence.waitlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code waitlist_offers}: one offer, open or closed; the token is there only as its hash. */
@Entity
@Table(name = "waitlist_offers")
public class OfferJpaEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    public UUID entryId;

    @Column(name = "slot_id", nullable = false, updatable = false)
    public UUID slotId;

    @Column(name = "start_time", nullable = false, updatable = false)
    public Instant startTime;

    @Column(name = "end_time", nullable = false, updatable = false)
    public Instant endTime;

    @Column(name = "token_hash", nullable = false, updatable = false)
    public String tokenHash;

    @Column(nullable = false)
    public String status;

    @Column(name = "offered_at", nullable = false, updatable = false)
    public Instant offeredAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
