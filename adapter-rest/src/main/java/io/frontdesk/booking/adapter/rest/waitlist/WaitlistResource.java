package io.frontdesk.booking.adapter.rest.waitlist;

import io.frontdesk.booking.adapter.rest.error.ErrorResponse;
import io.frontdesk.booking.adapter.rest.security.CurrentUser;
import io.frontdesk.booking.adapter.rest.security.Roles;
import io.frontdesk.booking.adapter.rest.support.Params;
import io.frontdesk.booking.adapter.rest.waitlist.WaitlistJson.EntryDetailsJson;
import io.frontdesk.booking.adapter.rest.waitlist.WaitlistJson.EntryJson;
import io.frontdesk.booking.adapter.rest.waitlist.WaitlistJson.EntryList;
import io.frontdesk.booking.adapter.rest.waitlist.WaitlistJson.EntryWithHistory;
import io.frontdesk.booking.adapter.rest.waitlist.WaitlistJson.Join;
import io.frontdesk.booking.adapter.rest.waitlist.WaitlistJson.OneEntry;
import io.frontdesk.booking.application.port.in.BrowseWaitlistUseCase;
import io.frontdesk.booking.application.port.in.JoinWaitlistCommand;
import io.frontdesk.booking.application.port.in.ManageWaitlistUseCase;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.application.port.in.WaitlistQuery;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The desk's waitlist: customers waiting for a service (optionally one staff member) within a time window. When a
 * matching slot opens, the oldest waiting entry is offered it by email and the slot is held; staff see the hold
 * here and on the slot, and can end it early.
 */
@Path("/api/waitlist")
@Tag(name = "Waitlist")
@RolesAllowed(Roles.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WaitlistResource {

    private final ManageWaitlistUseCase manage;
    private final BrowseWaitlistUseCase browse;
    private final CurrentUser user;

    @Inject
    public WaitlistResource(ManageWaitlistUseCase manage, BrowseWaitlistUseCase browse, CurrentUser user) {
        this.manage = manage;
        this.browse = browse;
        this.user = user;
    }

    @GET
    @Operation(summary = "List the waitlist", description = "Entries oldest first (the order offers go in), "
            + "optionally of one status, service and staff member; paginated.")
    @APIResponse(responseCode = "200", description = "One page of entries.")
    @APIResponse(responseCode = "400", description = "A malformed parameter, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public EntryList list(
            @Parameter(schema = @Schema(enumeration = {"waiting", "offered", "booked", "expired", "removed"}))
            @RestQuery String status,
            @Parameter(schema = @Schema(format = "uuid")) @RestQuery("service_id") String serviceId,
            @Parameter(schema = @Schema(format = "uuid")) @RestQuery("staff_id") String staffId,
            @Parameter(schema = @Schema(minimum = "1", defaultValue = "1")) @RestQuery String page,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String limit) {
        Params p = new Params();
        Optional<WaitlistStatus> byStatus = p.oneOf("status", status, WaitlistStatus.values(), WaitlistStatus::value);
        Optional<ServiceId> service = p.uuid("service_id", serviceId).map(ServiceId::new);
        Optional<StaffId> staff = p.uuid("staff_id", staffId).map(StaffId::new);
        int pageNumber = p.integer("page", page).orElse(1);
        int pageSize = p.integer("limit", limit).orElse(PageRequest.DEFAULT_LIMIT);
        Optional<PageRequest> pageRequest = p.attempt(() -> new PageRequest(pageNumber, pageSize));
        p.validate();
        return EntryList.of(browse.list(new WaitlistQuery(user.tenantId(), byStatus, service, staff,
                pageRequest.orElseThrow())));
    }

    @POST
    @Operation(summary = "Put a customer on the waitlist", description = "Offers go by email, so the email address "
            + "is required. The entry waits for the next matching slot that opens.")
    @APIResponse(responseCode = "201", description = "Added.",
            content = @Content(schema = @Schema(implementation = OneEntry.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, every field named (first in details.field).",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such service or staff member.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response join(Join body) {
        Join request = Objects.requireNonNullElse(body, Join.EMPTY);
        Params p = new Params();
        Optional<ServiceId> service = p.uuid("service_id", request.serviceId()).map(ServiceId::new);
        Optional<StaffId> staff = p.uuid("staff_id", request.staffId()).map(StaffId::new);
        Optional<Instant> from = p.instant("wanted_from", request.wantedFrom());
        Optional<Instant> to = p.instant("wanted_to", request.wantedTo());
        p.validate();
        EntryJson entry = EntryJson.of(manage.join(new JoinWaitlistCommand(user.tenantId(), user.actor(),
                request.customerName(), request.customerPhone(), request.customerEmail(), service.orElse(null),
                staff.orElse(null), from.orElse(null), to.orElse(null))));
        return Response.status(Response.Status.CREATED).entity(new OneEntry(true, entry, "Added to the waitlist"))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One waitlist entry with its history",
            description = "The entry, the slot held for it if it is offered one, and its audit trail.")
    @APIResponse(responseCode = "200", description = "The entry.")
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such entry.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public EntryWithHistory get(
            @Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id) {
        return new EntryWithHistory(true, EntryDetailsJson.of(browse.get(user.tenantId(),
                Params.pathId(id, WaitlistEntryId::new))));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Take a customer off the waitlist", description = "The entry is kept as removed; an open "
            + "offer is withdrawn and its slot goes to the next entry in line, or reopens.")
    @APIResponse(responseCode = "200", description = "Removed.",
            content = @Content(schema = @Schema(implementation = OneEntry.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such entry.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "The entry was booked, expired or removed already.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public OneEntry remove(@Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id) {
        return new OneEntry(true, EntryJson.of(manage.remove(user.tenantId(), user.actor(),
                Params.pathId(id, WaitlistEntryId::new))), "Removed from the waitlist");
    }

    @POST
    @Path("/{id}/release-offer")
    @Operation(summary = "Release a hold early", description = "Ends the entry's open offer before the customer "
            + "answered. The entry waits again in its place; the slot goes to the next entry in line (never back "
            + "to this one), or reopens.")
    @APIResponse(responseCode = "200", description = "Released.",
            content = @Content(schema = @Schema(implementation = OneEntry.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such entry.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "The entry holds no offer, or it was answered meanwhile.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public OneEntry releaseOffer(
            @Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id) {
        return new OneEntry(true, EntryJson.of(manage.releaseOffer(user.tenantId(), user.actor(),
                Params.pathId(id, WaitlistEntryId::new))), "Hold released");
    }
}
