package io.frontdesk.booking.adapter.persistence.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UpdateTimestamp;

/** A row of the calendar outbox. */
@Entity
@Table(name = "calendar_jobs")
public class CalendarJobJpaEntity {

    @Id
    public UUID id;

    /** Order of writing, assigned by the database. */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long seq;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Column(name = "booking_id", nullable = false, updatable = false)
    public UUID bookingId;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
