package io.frontdesk.booking.adapter.persistence.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UpdateTimestamp;

/** A staff member's CalDAV account; the password column holds the application's sealed text only. */
@Entity
@Table(name = "staff_calendar_accounts")
public class StaffCalendarAccountJpaEntity {

    @Id
    @Column(name = "staff_id")
    public UUID staffId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Column(name = "collection_url", nullable = false)
    public String collectionUrl;

    @Column(nullable = false)
    public String username;

    @Column(name = "sealed_password", nullable = false)
    public String sealedPassword;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
