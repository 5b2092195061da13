package io.frontdesk.booking.adapter.persistence.slot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

@Entity
@Table(name = "slots")
public class SlotJpaEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Column(name = "service_id", nullable = false, updatable = false)
    public UUID serviceId;

    @Column(name = "staff_id", nullable = false, updatable = false)
    public UUID staffId;

    @Column(name = "start_time", nullable = false, updatable = false)
    public Instant startTime;

    @Column(name = "end_time", nullable = false, updatable = false)
    public Instant endTime;

    @Column(nullable = false)
    public String status;

    @Column(name = "held_until")
    public Instant heldUntil;

    @Version
    @Column(nullable = false)
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
