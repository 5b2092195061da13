package io.frontdesk.booking.adapter.persistence.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "bookings")
public class BookingJpaEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Column(name = "slot_id", nullable = false, updatable = false)
    public UUID slotId;

    @Column(name = "service_id", nullable = false, updatable = false)
    public UUID serviceId;

    @Column(name = "staff_id", nullable = false, updatable = false)
    public UUID staffId;

    @Column(name = "start_time", nullable = false, updatable = false)
    public Instant startTime;

    @Column(name = "end_time", nullable = false, updatable = false)
    public Instant endTime;

    @Column(name = "waitlist_entry_id", updatable = false)
    public UUID waitlistEntryId;

    @Column(name = "customer_name", nullable = false)
    public String customerName;

    @Column(name = "customer_phone", nullable = false)
    public String customerPhone;

    @Column(name = "customer_email")
    public String customerEmail;

    @Column(nullable = false)
    public String status;

    @Column(name = "booking_source", nullable = false, updatable = false)
    public String bookingSource;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "canceled_at")
    public Instant canceledAt;

    @Column(name = "no_show_at")
    public Instant noShowAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
