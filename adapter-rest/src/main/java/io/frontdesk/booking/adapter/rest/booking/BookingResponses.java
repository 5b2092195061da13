package io.frontdesk.booking.adapter.rest.booking;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.booking.application.port.in.BookingStats;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the bookings endpoints, camelCase and with {@code success}, as the seed writes them. */
public final class BookingResponses {

    private BookingResponses() {
    }

    @Schema(name = "GetBookingsResponse")
    public record BookingList(boolean success, List<BookingJson> bookings, Pagination pagination) {

        static BookingList of(Page<BookingView> page) {
            return new BookingList(true, page.items().stream().map(BookingJson::of).toList(),
                    new Pagination(page.page(), page.limit(), page.total(), page.totalPages()));
        }
    }

    @Schema(name = "Pagination")
    public record Pagination(int page, int limit, long total, int totalPages) {
    }

    @Schema(name = "BookingResponse")
    public record OneBooking(boolean success, BookingJson booking, String message) {
    }

    @Schema(name = "GetBookingResponse")
    public record BookingWithDetails(boolean success, BookingDetailsJson booking) {
    }

    @Schema(name = "GetBookingStatsResponse")
    public record Stats(boolean success, StatsJson stats) {
    }

    @Schema(name = "BookingStats")
    public record StatsJson(long totalBookings, long todayBookings, long upcomingBookings, long completedBookings,
            long noShowCount, @Schema(description = "noShow / (completed + noShow), 0 when nobody was due")
            double noShowRate, long canceledBookings, BySource bySource, ByStatus byStatus,
            @Schema(description = "Waitlist offers made of slots starting in the period") long waitlistOffersMade,
            @Schema(description = "Of those, accepted") long waitlistOffersAccepted,
            @Schema(description = "waitlistOffersAccepted / waitlistOffersMade, 0 when no offer was made")
            double waitlistFillRate) {

        static StatsJson of(BookingStats s) {
            return new StatsJson(s.totalBookings(), s.todayBookings(), s.upcomingBookings(), s.completedBookings(),
                    s.noShowCount(), s.noShowRate(), s.canceledBookings(),
                    new BySource(s.bySource().get(BookingSource.WAITLIST), s.bySource().get(BookingSource.DIRECT),
                            s.bySource().get(BookingSource.WALK_IN), s.bySource().get(BookingSource.MANUAL)),
                    new ByStatus(s.byStatus().get(BookingStatus.CONFIRMED),
                            s.byStatus().get(BookingStatus.COMPLETED), s.byStatus().get(BookingStatus.NO_SHOW),
                            s.byStatus().get(BookingStatus.CANCELED)),
                    s.waitlistOffers().made(), s.waitlistOffers().accepted(), s.waitlistOffers().fillRate());
        }
    }

    @Schema(name = "BookingCountsBySource")
    public record BySource(long waitlist, long direct, @JsonProperty("walk_in") long walkIn, long manual) {
    }

    @Schema(name = "BookingCountsByStatus")
    public record ByStatus(long confirmed, long completed, @JsonProperty("no_show") long noShow, long canceled) {
    }
}
