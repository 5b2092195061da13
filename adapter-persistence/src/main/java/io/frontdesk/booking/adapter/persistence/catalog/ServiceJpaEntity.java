package io.frontdesk.booking.adapter.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

@Entity
@Table(name = "services")
public class ServiceJpaEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Column(nullable = false)
    public String name;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "price_minor")
    public Long priceMinor;

    @Column(name = "price_currency", columnDefinition = "bpchar(3)")
    public String priceCurrency;

    @Column(nullable = false)
    public boolean active;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
