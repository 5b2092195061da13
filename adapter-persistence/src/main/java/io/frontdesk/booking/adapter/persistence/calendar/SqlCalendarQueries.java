package io.frontdesk.booking.adapter.persistence.calendar;

import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarQueries;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Bookings as calendar events: one statement each, joining the names of business, service and staff member. */
@ApplicationScoped
public class SqlCalendarQueries implements CalendarQueries {

    private static final String SELECT = """
            SELECT b.tenant_id, b.id, b.staff_id, b.status, t.name, sv.name, st.name, b.customer_name,
                   b.start_time, b.end_time, t.time_zone
            FROM bookings b
            JOIN tenants t ON t.id = b.tenant_id
            JOIN services sv ON sv.id = b.service_id
            JOIN staff st ON st.id = b.staff_id
            """;

    private final EntityManager em;

    @Inject
    public SqlCalendarQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CalendarEvent> event(TenantId tenantId, BookingId bookingId) {
        Query query = em.createNativeQuery(SELECT + "WHERE b.tenant_id = :tenant AND b.id = :id")
                .setParameter("tenant", tenantId.value())
                .setParameter("id", bookingId.value());
        return rows(query).stream().findFirst().map(SqlCalendarQueries::event);
    }

    @Override
    public List<CalendarEvent> upcoming(TenantId tenantId, StaffId staffId, Instant now, int limit) {
        Query query = em.createNativeQuery(SELECT + """
                WHERE b.tenant_id = :tenant AND b.staff_id = :staff AND b.status IN ('confirmed', 'completed')
                  AND b.end_time > :now
                ORDER BY b.start_time, b.id
                LIMIT :limit""")
                .setParameter("tenant", tenantId.value())
                .setParameter("staff", staffId.value())
                .setParameter("now", now)
                .setParameter("limit", limit);
        return rows(query).stream().map(SqlCalendarQueries::event).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static CalendarEvent event(Object[] r) {
        return new CalendarEvent(new TenantId(SqlValues.uuid(r[0])), new BookingId(SqlValues.uuid(r[1])),
                new StaffId(SqlValues.uuid(r[2])), BookingStatus.fromValue((String) r[3]).orElseThrow(),
                (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                new TimeRange(SqlValues.instant(r[8]), SqlValues.instant(r[9])), ZoneId.of((String) r[10]));
    }
}
