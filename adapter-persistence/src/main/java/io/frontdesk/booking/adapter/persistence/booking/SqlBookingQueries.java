package io.frontdesk.booking.adapter.persistence.booking;

import io.frontdesk.booking.application.port.in.BookingDetails;
import io.frontdesk.booking.application.port.in.BookingStats;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.application.port.out.BookingFilter;
import io.frontdesk.booking.application.port.out.BookingQueries;
import io.frontdesk.booking.application.port.out.StatsQuery;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The read side in SQL: each question is one statement over {@code bookings} (whose time, service and staff are
 * denormalised for filtering), joined to {@code services} and {@code staff} for names only. A list page and its
 * total are two statements: with {@code count(*) OVER ()} in the page's statement, PostgreSQL plans as if the
 * {@code LIMIT} could stop early and walks every booking of a big business in sort order (docs/performance.md).
 * The count is skipped where the page itself tells the total.
 */
@ApplicationScoped
public class SqlBookingQueries implements BookingQueries {

    private static final String VIEW_COLUMNS = """
            b.id, b.slot_id, b.service_id, sv.name AS service_name, b.staff_id, st.name AS staff_name,
            b.customer_name, b.customer_phone, b.customer_email, b.start_time, b.end_time, b.status,
            b.booking_source, b.waitlist_entry_id, b.confirmed_at, b.completed_at, b.canceled_at, b.no_show_at,
            b.cancellation_reason, b.created_by, b.created_at, b.updated_at""";
    private static final int VIEW_WIDTH = 22;
    private static final String FROM_BOOKINGS = """
            FROM bookings b
            JOIN services sv ON sv.id = b.service_id
            JOIN staff st ON st.id = b.staff_id""";

    private final EntityManager em;

    @Inject
    public SqlBookingQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<BookingView> list(BookingFilter filter, PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        String order = switch (filter.sort()) {
            case START_TIME -> "b.start_time, b.id";
            case CREATED_AT -> "b.created_at DESC, b.id";
        };
        Query query = em.createNativeQuery("SELECT " + VIEW_COLUMNS + " " + FROM_BOOKINGS + " WHERE " + where
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset");
        parameters.forEach(query::setParameter);
        query.setParameter("limit", page.limit()).setParameter("offset", page.offset());
        List<Object[]> rows = rows(query);
        long total;
        if (rows.size() < page.limit() && (!rows.isEmpty() || page.offset() == 0)) {
            total = page.offset() + rows.size(); // the last page
        } else {
            Query count = em.createNativeQuery("SELECT count(*) FROM bookings b WHERE " + where);
            parameters.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Page<>(rows.stream().map(SqlBookingQueries::view).toList(), page.page(), page.limit(), total);
    }

    @Override
    public Optional<BookingDetails> details(TenantId tenantId, BookingId id) {
        Query query = em.createNativeQuery("SELECT " + VIEW_COLUMNS + """
                , sl.start_time AS slot_start, sl.end_time AS slot_end, sl.status AS slot_status,
                  sv.duration_minutes, sv.price_minor, sv.price_currency, st.role
                """ + FROM_BOOKINGS + """
                 JOIN slots sl ON sl.id = b.slot_id
                WHERE b.tenant_id = :tenant AND b.id = :id""")
                .setParameter("tenant", tenantId.value())
                .setParameter("id", id.value());
        return rows(query).stream().findFirst().map(row -> {
            int i = VIEW_WIDTH;
            BookingView view = view(row);
            Long priceMinor = row[i + 4] == null ? null : ((Number) row[i + 4]).longValue();
            Optional<Money> price = priceMinor == null
                    ? Optional.empty()
                    : Optional.of(Money.of(priceMinor, row[i + 5].toString().trim()));
            return new BookingDetails(view,
                    new BookingDetails.SlotDetails(instant(row[i]), instant(row[i + 1]),
                            SlotStatus.fromValue((String) row[i + 2]).orElseThrow()),
                    new BookingDetails.ServiceDetails(view.serviceName(),
                            Duration.ofMinutes(((Number) row[i + 3]).longValue()), price),
                    new BookingDetails.StaffDetails(view.staffName(), Optional.ofNullable((String) row[i + 6])),
                    List.of());
        });
    }

    @Override
    public BookingStats stats(StatsQuery stats) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("tenant", stats.tenantId().value());
        StringBuilder where = new StringBuilder("b.tenant_id = :tenant");
        stats.startFrom().ifPresent(from -> {
            where.append(" AND b.start_time >= :from");
            parameters.put("from", from);
        });
        stats.startBefore().ifPresent(before -> {
            where.append(" AND b.start_time < :before");
            parameters.put("before", before);
        });
        parameters.put("todayFrom", stats.today().start());
        parameters.put("todayTo", stats.today().end());
        parameters.put("upcomingFrom", stats.upcoming().start());
        parameters.put("upcomingTo", stats.upcoming().end());
        String byStatus = Arrays.stream(BookingStatus.values())
                .map(s -> "count(*) FILTER (WHERE b.status = '" + s.value() + "')")
                .collect(Collectors.joining(", "));
        String bySource = Arrays.stream(BookingSource.values())
                .map(s -> "count(*) FILTER (WHERE b.booking_source = '" + s.value() + "')")
                .collect(Collectors.joining(", "));
        Query query = em.createNativeQuery("SELECT " + byStatus + ", " + bySource + """
                , count(*) FILTER (WHERE b.status <> 'canceled'
                                     AND b.start_time >= :todayFrom AND b.start_time < :todayTo)
                , count(*) FILTER (WHERE b.status = 'confirmed'
                                     AND b.start_time >= :upcomingFrom AND b.start_time < :upcomingTo)
                FROM bookings b WHERE """ + " " + where);
        parameters.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        int i = 0;
        Map<BookingStatus, Long> statusCounts = new EnumMap<>(BookingStatus.class);
        for (BookingStatus status : BookingStatus.values()) {
            statusCounts.put(status, ((Number) row[i++]).longValue());
        }
        Map<BookingSource, Long> sourceCounts = new EnumMap<>(BookingSource.class);
        for (BookingSource source : BookingSource.values()) {
            sourceCounts.put(source, ((Number) row[i++]).longValue());
        }
        return new BookingStats(statusCounts, sourceCounts, ((Number) row[i]).longValue(),
                ((Number) row[i + 1]).longValue());
    }

    private static String where(BookingFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("b.tenant_id = :tenant");
        parameters.put("tenant", filter.tenantId().value());
        filter.startFrom().ifPresent(from -> {
            where.append(" AND b.start_time >= :from");
            parameters.put("from", from);
        });
        filter.startBefore().ifPresent(before -> {
            where.append(" AND b.start_time < :before");
            parameters.put("before", before);
        });
        filter.serviceId().ifPresent(id -> {
            where.append(" AND b.service_id = :service");
            parameters.put("service", id.value());
        });
        filter.staffId().ifPresent(id -> {
            where.append(" AND b.staff_id = :staff");
            parameters.put("staff", id.value());
        });
        filter.status().ifPresent(status -> {
            where.append(" AND b.status = :status");
            parameters.put("status", status.value());
        });
        filter.source().ifPresent(source -> {
            where.append(" AND b.booking_source = :source");
            parameters.put("source", source.value());
        });
        filter.search().ifPresent(term -> {
            where.append(" AND (b.customer_name ILIKE :pattern OR b.customer_email ILIKE :pattern");
            parameters.put("pattern", "%" + escapeLike(term.text()) + "%");
            term.digits().ifPresent(digits -> {
                where.append(" OR b.customer_phone_digits LIKE :digits");
                parameters.put("digits", "%" + digits + "%");
            });
            term.leadingDigits().ifPresent(leading -> {
                where.append(" OR b.customer_phone_digits LIKE :leading");
                parameters.put("leading", leading + "%");
            });
            where.append(")");
        });
        return where.toString();
    }

    /** Makes {@code %}, {@code _} and the escape character itself match literally in a LIKE pattern. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static BookingView view(Object[] r) {
        return new BookingView(new BookingId(uuid(r[0])), new SlotId(uuid(r[1])), new ServiceId(uuid(r[2])),
                (String) r[3], new StaffId(uuid(r[4])), (String) r[5], (String) r[6], (String) r[7],
                Optional.ofNullable((String) r[8]), instant(r[9]), instant(r[10]),
                BookingStatus.fromValue((String) r[11]).orElseThrow(),
                BookingSource.fromValue((String) r[12]).orElseThrow(),
                Optional.ofNullable(r[13]).map(id -> new WaitlistEntryId(uuid(id))), instant(r[14]),
                Optional.ofNullable(r[15]).map(SqlBookingQueries::instant),
                Optional.ofNullable(r[16]).map(SqlBookingQueries::instant),
                Optional.ofNullable(r[17]).map(SqlBookingQueries::instant), Optional.ofNullable((String) r[18]),
                new ActorId((String) r[19]), instant(r[20]), instant(r[21]));
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value);
    }
}
