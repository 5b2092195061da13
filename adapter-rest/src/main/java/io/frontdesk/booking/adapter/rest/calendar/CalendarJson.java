package io.frontdesk.booking.adapter.rest.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.booking.application.port.in.CalendarSync;
import io.frontdesk.booking.application.port.in.StaffCalendarView;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the calendar endpoints. Credentials appear in requests only, never in answers. */
public final class CalendarJson {

    private CalendarJson() {
    }

    @Schema(name = "CalendarSync", description = "Where the booking stands with its staff member's calendar.")
    public record CalendarSyncJson(
            @Schema(enumeration = {"not_configured", "pending", "synced", "failed"}) String state,
            @Schema(nullable = true, description = "Why the last delivery failed, for people.") String lastError,
            @Schema(description = "Deliveries tried for the booking's latest change.") int attempts,
            @Schema(nullable = true, description = "When a pending change is tried next.") Instant nextAttemptAt) {

        public static CalendarSyncJson of(CalendarSync sync) {
            return new CalendarSyncJson(sync.state().value(), sync.lastError().orElse(null), sync.attempts(),
                    sync.nextAttemptAt().orElse(null));
        }
    }

    @Schema(name = "CalendarRetryResponse")
    public record Retried(boolean success, CalendarSyncJson calendar, String message) {
    }

    @Schema(name = "StaffCalendar", description = "A staff member's calendar settings; credentials are never shown.")
    public record StaffCalendarJson(UUID staffId,
            @Schema(nullable = true, description = "The CalDAV calendar bookings are written to") URI caldavUrl,
            @Schema(description = "Whether a CalDAV calendar is connected") boolean caldavConnected,
            @Schema(description = "Whether a subscription feed URL has been issued") boolean feedEnabled) {

        public static StaffCalendarJson of(StaffCalendarView view) {
            return new StaffCalendarJson(view.staffId().value(), view.caldavUrl().orElse(null),
                    view.caldavUrl().isPresent(), view.feedEnabled());
        }
    }

    @Schema(name = "StaffCalendarResponse")
    public record OneStaffCalendar(boolean success, StaffCalendarJson calendar) {
    }

    @Schema(name = "ConnectCalendarRequest")
    public record ConnectCalendar(
            @Schema(required = true, description = "URL of the CalDAV calendar collection",
                    example = "https://cloud.example.com/remote.php/dav/calendars/mia/work/")
            @JsonProperty("caldav_url") String caldavUrl,
            @Schema(required = true, maxLength = 200) String username,
            @Schema(required = true, maxLength = 1000, description = "Stored encrypted; never shown again. An app "
                    + "password where the provider offers them.") String password) {

        public static final ConnectCalendar EMPTY = new ConnectCalendar(null, null, null);

        @Override
        public String toString() {
            return "ConnectCalendar[" + caldavUrl + "]";
        }
    }

    @Schema(name = "CalendarFeedResponse")
    public record Feed(boolean success,
            @Schema(description = "The secret subscription URL; shown once. Anyone with it can read the feed.")
            URI feedUrl, String message) {
    }
}
