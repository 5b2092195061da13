package io.frontdesk.booking.adapter.rest.live;

import io.frontdesk.booking.adapter.rest.security.CurrentUser;
import io.frontdesk.booking.adapter.rest.security.Roles;
import io.frontdesk.booking.application.port.in.BookingNotice;
import io.frontdesk.booking.application.port.in.WatchBookingsUseCase;
import io.frontdesk.booking.domain.shared.TenantId;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Server-sent events for live views: every booking created or changed in the caller's business, once committed,
 * as events named {@code booking}; a comment-only keep-alive every 25 seconds holds idle connections open.
 */
@Path("/api/events")
@Tag(name = "Bookings")
@RolesAllowed(Roles.STAFF)
public class BookingEventsResource {

    static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    private final WatchBookingsUseCase watchBookings;
    private final CurrentUser user;

    @Inject
    public BookingEventsResource(WatchBookingsUseCase watchBookings, CurrentUser user) {
        this.watchBookings = watchBookings;
        this.user = user;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live booking changes", description = "A text/event-stream of events named 'booking' "
            + "whose data is a BookingEvent, for the caller's business only.")
    @APIResponse(responseCode = "200", description = "The stream.")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        TenantId tenantId = user.tenantId();
        Multi<OutboundSseEvent> changes = Multi.createFrom().emitter(emitter -> {
            WatchBookingsUseCase.Watch watch = watchBookings.watch(tenantId, notice -> emitter.emit(
                    sse.newEventBuilder().name("booking").mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(BookingEvent.class, BookingEvent.of(notice)).build()));
            emitter.onTermination(watch::cancel);
        });
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(changes, keepAlive);
    }

    /** What one {@code booking} event says: a booking was created or its status changed. */
    @Schema(name = "BookingEvent")
    public record BookingEvent(@Schema(enumeration = {"created", "updated"}) String type, UUID bookingId,
            @Schema(enumeration = {"confirmed", "completed", "no_show", "canceled"}) String status,
            Instant occurredAt) {

        static BookingEvent of(BookingNotice notice) {
            return new BookingEvent(notice.isNewBooking() ? "created" : "updated", notice.bookingId().value(),
                    notice.status().value(), notice.occurredAt());
        }
    }
}
