package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.in.BookingDetails;
import io.frontdesk.booking.application.port.in.BookingSort;
import io.frontdesk.booking.application.port.in.BookingStats;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.application.port.out.BookingFilter;
import io.frontdesk.booking.application.port.out.BookingQueries;
import io.frontdesk.booking.application.port.out.SearchTerm;
import io.frontdesk.booking.application.port.out.StatsQuery;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The read side computed from the other fakes, with the semantics the SQL implementation must match. */
public final class InMemoryBookingQueries implements BookingQueries {

    private final InMemoryBookings bookings;
    private final InMemorySlots slots;
    private final InMemoryServices services;
    private final InMemoryStaffMembers staff;

    public InMemoryBookingQueries(InMemoryBookings bookings, InMemorySlots slots, InMemoryServices services,
            InMemoryStaffMembers staff) {
        this.bookings = bookings;
        this.slots = slots;
        this.services = services;
        this.staff = staff;
    }

    @Override
    public Page<BookingView> list(BookingFilter filter, PageRequest page) {
        List<Booking> matching = ofTenant(filter.tenantId())
                .filter(inRange(filter.startFrom(), filter.startBefore()))
                .filter(b -> filter.serviceId().map(b.serviceId()::equals).orElse(true))
                .filter(b -> filter.staffId().map(b.staffId()::equals).orElse(true))
                .filter(b -> filter.status().map(b.status()::equals).orElse(true))
                .filter(b -> filter.source().map(b.source()::equals).orElse(true))
                .filter(b -> filter.search().map(term -> matches(b, term)).orElse(true))
                .sorted(order(filter.sort()))
                .toList();
        List<BookingView> items = matching.stream()
                .skip(page.offset())
                .limit(page.limit())
                .map(this::view)
                .toList();
        return new Page<>(items, page.page(), page.limit(), matching.size());
    }

    @Override
    public Optional<BookingDetails> details(TenantId tenantId, BookingId id) {
        return ofTenant(tenantId).filter(b -> b.id().equals(id)).findFirst().map(b -> {
            Slot slot = slots.find(tenantId, b.slotId()).orElseThrow();
            Service service = services.find(tenantId, b.serviceId()).orElseThrow();
            Staff member = staff.find(tenantId, b.staffId()).orElseThrow();
            return new BookingDetails(view(b),
                    new BookingDetails.SlotDetails(slot.time().start(), slot.time().end(), slot.status()),
                    new BookingDetails.ServiceDetails(service.name(), service.duration(), service.price()),
                    new BookingDetails.StaffDetails(member.name().value(), member.role()),
                    List.of());
        });
    }

    @Override
    public BookingStats stats(StatsQuery query) {
        List<Booking> inPeriod = ofTenant(query.tenantId())
                .filter(inRange(query.startFrom(), query.startBefore()))
                .toList();
        Map<BookingStatus, Long> byStatus = inPeriod.stream()
                .collect(Collectors.groupingBy(Booking::status, Collectors.counting()));
        Map<BookingSource, Long> bySource = inPeriod.stream()
                .collect(Collectors.groupingBy(Booking::source, Collectors.counting()));
        long today = inPeriod.stream()
                .filter(b -> b.status() != BookingStatus.CANCELED && startsIn(b, query.today()))
                .count();
        long upcoming = inPeriod.stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED && startsIn(b, query.upcoming()))
                .count();
        return new BookingStats(byStatus, bySource, today, upcoming);
    }

    private Stream<Booking> ofTenant(TenantId tenantId) {
        return bookings.all().stream().filter(s -> s.tenantId().equals(tenantId)).map(Booking::reconstitute);
    }

    private static Predicate<Booking> inRange(Optional<Instant> from, Optional<Instant> before) {
        return b -> from.map(f -> !b.time().start().isBefore(f)).orElse(true)
                && before.map(t -> b.time().start().isBefore(t)).orElse(true);
    }

    private static boolean startsIn(Booking booking, TimeRange range) {
        Instant start = booking.time().start();
        return !start.isBefore(range.start()) && start.isBefore(range.end());
    }

    private static boolean matches(Booking booking, SearchTerm term) {
        String name = booking.customer().name().value().toLowerCase(Locale.ROOT);
        String email = booking.customer().email().map(EmailAddress::value).orElse("")
                .toLowerCase(Locale.ROOT);
        return name.contains(term.text()) || email.contains(term.text())
                || term.digits().map(d -> booking.customer().phone().digits().contains(d)).orElse(false)
                || term.leadingDigits().map(d -> booking.customer().phone().digits().startsWith(d)).orElse(false);
    }

    private static Comparator<Booking> order(BookingSort sort) {
        // UUIDs compare as their text: the unsigned byte order PostgreSQL sorts uuid columns in.
        Comparator<Booking> byId = Comparator.comparing(b -> b.id().toString());
        return switch (sort) {
            case START_TIME -> Comparator.comparing((Booking b) -> b.time().start()).thenComparing(byId);
            case CREATED_AT -> Comparator.comparing(Booking::createdAt, Comparator.reverseOrder()).thenComparing(byId);
        };
    }

    private BookingView view(Booking b) {
        return BookingView.of(b, services.find(b.tenantId(), b.serviceId()).orElseThrow().name(),
                staff.find(b.tenantId(), b.staffId()).orElseThrow().name().value());
    }
}
