package io.frontdesk.booking.adapter.rest.offer;

import io.frontdesk.booking.adapter.rest.error.RateLimitedException;
import io.frontdesk.booking.adapter.rest.offer.OfferPages.Buttons;
import io.frontdesk.booking.adapter.rest.security.OfferRateLimiter;
import io.frontdesk.booking.application.port.in.AnswerOfferUseCase;
import io.frontdesk.booking.application.port.in.OfferView;
import io.frontdesk.booking.domain.shared.DomainException;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The pages behind a waitlist customer's links — public, no sign-in: the token in the path is the only key, and it
 * reaches its own offer and nothing else. Reading ({@code GET}) never changes anything, because mail scanners fetch
 * links; only the forms' {@code POST}s answer. Every request counts against the token's and the client's rate
 * limits. Refusals are pages too (with their HTTP status), not the API's JSON: these are read by people.
 */
@Path("/offers/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class OfferPageResource {

    private final AnswerOfferUseCase offers;
    private final OfferRateLimiter rateLimiter;

    @Inject
    public OfferPageResource(AnswerOfferUseCase offers, OfferRateLimiter rateLimiter) {
        this.offers = offers;
        this.rateLimiter = rateLimiter;
    }

    @GET
    @Operation(hidden = true)
    public Response show(@RestPath String token, HttpServerRequest request) {
        limit(token, request);
        return offerPage(offers.show(token), token, Buttons.BOTH);
    }

    @GET
    @Path("/accept")
    @Operation(hidden = true)
    public Response confirmAccept(@RestPath String token, HttpServerRequest request) {
        limit(token, request);
        return offerPage(offers.show(token), token, Buttons.ACCEPT);
    }

    @GET
    @Path("/decline")
    @Operation(hidden = true)
    public Response confirmDecline(@RestPath String token, HttpServerRequest request) {
        limit(token, request);
        return offerPage(offers.show(token), token, Buttons.DECLINE);
    }

    @POST
    @Path("/accept")
    @Operation(hidden = true)
    public Response accept(@RestPath String token, HttpServerRequest request) {
        limit(token, request);
        return html(Response.Status.OK, OfferPages.accepted(offers.accept(token)));
    }

    @POST
    @Path("/decline")
    @Operation(hidden = true)
    public Response decline(@RestPath String token, HttpServerRequest request) {
        limit(token, request);
        return html(Response.Status.OK, OfferPages.declined(offers.decline(token)));
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return switch (e.code().kind()) {
            case NOT_FOUND, INVALID -> html(Response.Status.NOT_FOUND, OfferPages.refused("Offer not found",
                    "This link does not lead to an offer. Please check that it was copied whole."));
            case CONFLICT -> html(Response.Status.CONFLICT, OfferPages.refused("Offer no longer open",
                    "This offer has already been answered, has run out of time, or was withdrawn."));
        };
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return Response.fromResponse(html(Response.Status.TOO_MANY_REQUESTS, OfferPages.refused("Too many requests",
                "Please wait a little and try again in " + e.retryAfterSeconds() + " seconds.")))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    private void limit(String token, HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        rateLimiter.acquire(OfferToken.parse(token).map(t -> t.hash().hex()), client);
    }

    private static Response offerPage(OfferView offer, String token, Buttons buttons) {
        return offer.isOpen()
                ? html(Response.Status.OK, OfferPages.offer(offer, buttons, token))
                : html(Response.Status.GONE, OfferPages.closed(offer));
    }

    /** An HTML page that is never cached, never indexed, and never tells other sites the token-bearing address. */
    private static Response html(Response.Status status, String page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
                .build();
    }
}
