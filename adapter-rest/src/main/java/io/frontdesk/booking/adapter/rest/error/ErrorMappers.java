package io.frontdesk.booking.adapter.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.frontdesk.booking.domain.shared.DomainException;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers, all in the {@link ErrorResponse} envelope: domain refusals by
 * their {@link ErrorCode.Kind} (invalid 400, not found 404, conflict 409), unreadable JSON 400 with the field,
 * authentication 401, authorization 403, rate limits 429, and anything unexpected 500 without internals.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalid(DomainValidationException e) {
        return answer(Response.Status.BAD_REQUEST, ErrorResponse.invalid(e.violations(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        ErrorCode code = e.code();
        Response.Status status = switch (code.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
        return answer(status, ErrorResponse.of(title(code, e), sentence(code, e), code.code()));
    }

    /**
     * A body of the wrong shape: a wrong type or an unknown field. Mapped for this type itself, because the REST
     * layer's own mapper for it (which answers outside the envelope) would otherwise win over {@link #unreadable}.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = field(mapping.getPath());
            return answer(Response.Status.BAD_REQUEST, ErrorResponse.invalid(
                    List.of(new Violation(field, problem(mapping))), field + ": " + problem(mapping)));
        }
        return answer(Response.Status.BAD_REQUEST, ErrorResponse.invalid(
                List.of(new Violation("body", "is not valid JSON")), "body: is not valid JSON"));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return answer(Response.Status.FORBIDDEN, ErrorResponse.of("Forbidden",
                "Your account may not do this.", ApiCodes.FORBIDDEN));
    }

    @ServerExceptionMapper
    public Response noTenant(NoTenantException e) {
        return answer(Response.Status.FORBIDDEN, ErrorResponse.of("Forbidden", e.getMessage(), ApiCodes.NO_TENANT));
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return Response.status(Response.Status.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of("Too many requests",
                        "Too many bookings in a short time. Try again in " + e.retryAfterSeconds() + " s.",
                        ApiCodes.RATE_LIMITED))
                .build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json); // a body that is not JSON, wrapped by the REST layer
        }
        if (status >= 500) {
            return unexpected(e);
        }
        String code = switch (status) {
            case 404 -> ApiCodes.NOT_FOUND;
            case 405 -> ApiCodes.METHOD_NOT_ALLOWED;
            case 415 -> ApiCodes.UNSUPPORTED_MEDIA_TYPE;
            case 401 -> ApiCodes.UNAUTHENTICATED;
            case 403 -> ApiCodes.FORBIDDEN;
            default -> ApiCodes.VALIDATION_FAILED;
        };
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request refused" : type.getReasonPhrase();
        return answer(status, ErrorResponse.of(title, title + ".", code));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        LOG.error("Request failed unexpectedly", e);
        return answer(Response.Status.INTERNAL_SERVER_ERROR, ErrorResponse.of("Internal server error",
                "An unexpected error occurred. Please try again.", ApiCodes.INTERNAL_ERROR));
    }

    private static Response unauthenticated() {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of("Unauthorized", "Sign in to continue.", ApiCodes.UNAUTHENTICATED))
                .build();
    }

    private static String title(ErrorCode code, DomainException e) {
        return switch (code) {
            case SLOT_UNAVAILABLE -> "Slot is no longer available";
            case SLOT_IN_THE_PAST -> "Slot is not available";
            case BOOKING_TRANSITION_REFUSED, SLOT_TRANSITION_REFUSED, WAITLIST_TRANSITION_REFUSED ->
                    "Invalid status transition";
            case BOOKING_MODIFIED_CONCURRENTLY -> "Booking was changed meanwhile";
            case WAITLIST_OFFER_EXPIRED -> "Offer expired";
            case WAITLIST_OFFER_CLOSED -> "Offer no longer open";
            default -> e.getMessage();
        };
    }

    private static String sentence(ErrorCode code, DomainException e) {
        return switch (code) {
            case SLOT_UNAVAILABLE -> "This slot has been booked by another customer";
            case BOOKING_MODIFIED_CONCURRENTLY -> "Someone changed this booking at the same time. Reload it and "
                    + "try again.";
            default -> e.getMessage();
        };
    }

    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format) {
            return "has the wrong format: expected " + describe(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "has the wrong type: expected " + describe(mismatch.getTargetType());
        }
        return "is not valid";
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static Response answer(Response.Status status, ErrorResponse body) {
        return answer(status.getStatusCode(), body);
    }

    private static Response answer(int status, ErrorResponse body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
