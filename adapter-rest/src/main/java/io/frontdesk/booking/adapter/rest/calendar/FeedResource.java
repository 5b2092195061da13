package io.frontdesk.booking.adapter.rest.calendar;

import io.frontdesk.booking.application.port.in.ReadCalendarFeedUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Staff members' subscription feeds: the secret token in the URL is the only key, as calendar apps subscribing to
 * a URL cannot sign in. Outside {@code /api}, read-only, never cached by shared caches.
 */
@Path("/feeds")
@Tag(name = "Calendar")
@PermitAll
public class FeedResource {

    public static final String TEXT_CALENDAR = "text/calendar";

    private final ReadCalendarFeedUseCase feeds;

    @Inject
    public FeedResource(ReadCalendarFeedUseCase feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{token}.ics")
    @Produces(TEXT_CALENDAR)
    @SecurityRequirementsSet({})
    @Operation(summary = "A staff member's calendar feed", description = "The staff member's upcoming bookings "
            + "as an iCalendar (RFC 5545) document, for calendar apps to subscribe to. No sign-in: the secret "
            + "token is the key; an admin can replace it, and the old URL stops working.")
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Unknown or replaced token.",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = io.frontdesk.booking.adapter.rest.error.ErrorResponse.class)))
    public Response feed(@Parameter(in = ParameterIn.PATH, description = "The feed's secret token")
            @RestPath String token) {
        return Response.ok(feeds.feed(token), TEXT_CALENDAR + "; charset=utf-8")
                .header("Cache-Control", "private, max-age=300")
                .header("Content-Disposition", "inline; filename=\"bookings.ics\"")
                .build();
    }
}
