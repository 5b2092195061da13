package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Dashboard figures for a period (bookings whose start falls in it). Counts per status and per source are stored;
 * the totals and the no-show rate are derived from them, so they can never disagree. {@code waitlistOffers} counts
 * the waitlist offers of slots starting in the period, for the fill rate.
 */
public record BookingStats(Map<BookingStatus, Long> byStatus, Map<BookingSource, Long> bySource,
        long todayBookings, long upcomingBookings, WaitlistOfferCounts waitlistOffers) {

    public BookingStats {
        byStatus = complete(byStatus, BookingStatus.values(), BookingStatus.class);
        bySource = complete(bySource, BookingSource.values(), BookingSource.class);
        Objects.requireNonNull(waitlistOffers, "waitlist offers");
    }

    /** The booking figures alone, before the waitlist's are added with {@link #withWaitlistOffers}. */
    public BookingStats(Map<BookingStatus, Long> byStatus, Map<BookingSource, Long> bySource, long todayBookings,
            long upcomingBookings) {
        this(byStatus, bySource, todayBookings, upcomingBookings, WaitlistOfferCounts.NONE);
    }

    public BookingStats withWaitlistOffers(WaitlistOfferCounts counts) {
        return new BookingStats(byStatus, bySource, todayBookings, upcomingBookings, counts);
    }

    public long totalBookings() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long completedBookings() {
        return byStatus.get(BookingStatus.COMPLETED);
    }

    public long noShowCount() {
        return byStatus.get(BookingStatus.NO_SHOW);
    }

    public long canceledBookings() {
        return byStatus.get(BookingStatus.CANCELED);
    }

    /** {@code noShow / (completed + noShow)}: of the bookings that reached their time, how many were missed. */
    public double noShowRate() {
        long attended = completedBookings() + noShowCount();
        return attended == 0 ? 0.0 : (double) noShowCount() / attended;
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Map<E, Long> counts, E[] keys, Class<E> type) {
        Map<E, Long> all = new EnumMap<>(type);
        Arrays.stream(keys).forEach(k -> all.put(k, counts.getOrDefault(k, 0L)));
        return Map.copyOf(all);
    }
}
