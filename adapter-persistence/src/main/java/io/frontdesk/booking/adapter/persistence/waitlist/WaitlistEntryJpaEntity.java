package io.frontdesk.booking.adapter.persistence.waitlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "waitlist_entries")
public class WaitlistEntryJpaEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Column(name = "customer_name", nullable = false)
    public String customerName;

    @Column(name = "customer_phone", nullable = false)
    public String customerPhone;

    @Column(name = "customer_email")
    public String customerEmail;

    @Column(name = "service_id", nullable = false, updatable = false)
    public UUID serviceId;

    @Column(name = "staff_id", updatable = false)
    public UUID staffId;

    @Column(name = "wanted_from", nullable = false)
    public Instant wantedFrom;

    @Column(name = "wanted_to", nullable = false)
    public Instant wantedTo;

    @Column(nullable = false)
    public String status;

    @Column(name = "offer_slot_id")
    public UUID offerSlotId;

    @Column(name = "offered_at")
    public Instant offeredAt;

    @Column(name = "offer_expires_at")
    public Instant offerExpiresAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
