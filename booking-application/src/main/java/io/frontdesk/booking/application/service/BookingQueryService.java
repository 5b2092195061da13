package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.BookingDetails;
import io.frontdesk.booking.application.port.in.BookingStats;
import io.frontdesk.booking.application.port.in.BookingStatsQuery;
import io.frontdesk.booking.application.port.in.BookingStatsUseCase;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.GetBookingUseCase;
import io.frontdesk.booking.application.port.in.ListBookingsQuery;
import io.frontdesk.booking.application.port.in.ListBookingsUseCase;
import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.out.AuditTrail;
import io.frontdesk.booking.application.port.out.BookingFilter;
import io.frontdesk.booking.application.port.out.BookingQueries;
import io.frontdesk.booking.application.port.out.CalendarJobs;
import io.frontdesk.booking.application.port.out.SearchTerm;
import io.frontdesk.booking.application.port.out.StaffCalendars;
import io.frontdesk.booking.application.port.out.StatsQuery;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The read side: lists, details (with the booking's calendar state) and statistics. Calendar dates are turned into instants here, in the tenant's
 * time zone, so that "a day" means the business's day, across daylight-saving changes too.
 */
@ApplicationScoped
public class BookingQueryService implements ListBookingsUseCase, GetBookingUseCase, BookingStatsUseCase {

    /** How far ahead "upcoming" bookings reach. */
    public static final Duration UPCOMING = Duration.ofDays(7);

    private final Tenants tenants;
    private final BookingQueries queries;
    private final AuditTrail auditTrail;
    private final CalendarJobs calendarJobs;
    private final StaffCalendars staffCalendars;
    private final WaitlistOffers waitlistOffers;
    private final Clock clock;

    @Inject
    public BookingQueryService(Tenants tenants, BookingQueries queries, AuditTrail auditTrail,
            CalendarJobs calendarJobs, StaffCalendars staffCalendars, WaitlistOffers waitlistOffers, Clock clock) {
        this.tenants = tenants;
        this.queries = queries;
        this.auditTrail = auditTrail;
        this.calendarJobs = calendarJobs;
        this.staffCalendars = staffCalendars;
        this.waitlistOffers = waitlistOffers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Page<BookingView> list(ListBookingsQuery query) {
        Tenant tenant = Require.tenant(tenants, query.tenantId());
        ZoneId zone = tenant.timeZone();
        BookingFilter filter = new BookingFilter(query.tenantId(), startOf(query.startDate(), zone),
                startOfNextDay(query.endDate(), zone), query.serviceId(), query.staffId(), query.status(),
                query.source(), SearchTerm.of(query.search(), tenant.phoneRegion()), query.sort());
        return queries.list(filter, query.page());
    }

    @Override
    @Transactional
    public BookingDetails get(TenantId tenantId, BookingId bookingId) {
        BookingDetails details = queries.details(tenantId, bookingId)
                .orElseThrow(() -> new NotFoundException(ErrorCode.BOOKING_NOT_FOUND, "Booking", bookingId));
        List<AuditEntry> trail = auditTrail.history(tenantId, AuditEntry.BOOKING, bookingId.value());
        boolean hasCalendar = staffCalendars.find(tenantId, details.booking().staffId()).isPresent();
        return details.withAuditTrail(trail)
                .withCalendar(CalendarSyncStates.of(calendarJobs.forBooking(tenantId, bookingId), hasCalendar));
    }

    @Override
    @Transactional
    public BookingStats stats(BookingStatsQuery query) {
        ZoneId zone = Require.tenant(tenants, query.tenantId()).timeZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        TimeRange todayRange = new TimeRange(today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        Optional<Instant> from = startOf(query.startDate(), zone);
        Optional<Instant> before = startOfNextDay(query.endDate(), zone);
        return queries.stats(new StatsQuery(query.tenantId(), from, before, todayRange, TimeRange.of(now, UPCOMING)))
                .withWaitlistOffers(waitlistOffers.counts(query.tenantId(), from, before));
    }

    private static Optional<Instant> startOf(Optional<LocalDate> date, ZoneId zone) {
        return date.map(d -> d.atStartOfDay(zone).toInstant());
    }

    private static Optional<Instant> startOfNextDay(Optional<LocalDate> date, ZoneId zone) {
        return date.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
