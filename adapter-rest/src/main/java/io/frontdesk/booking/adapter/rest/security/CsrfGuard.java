package io.frontdesk.booking.adapter.rest.security;

import io.frontdesk.booking.adapter.rest.error.ApiCodes;
import io.frontdesk.booking.adapter.rest.error.ErrorResponse;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Cross-site request forgery protection for the admin app's cookie session: a state-changing {@code /api} request
 * that could be riding on the session cookie (it carries one and no bearer token) must also carry the header
 * {@value #HEADER}. Browsers send such a custom header only from this site's own scripts (another site would need
 * a CORS permission this API never grants), so a forged form or link cannot. Bearer-token clients are not
 * affected: their credential is not sent by the browser on its own.
 */
public class CsrfGuard {

    public static final String HEADER = "X-Requested-With";
    static final String SESSION_COOKIE = "q_session";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getCookies().keySet().stream().noneMatch(name -> name.startsWith(SESSION_COOKIE))
                || request.getHeaderString(HEADER) != null) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of("Forbidden", "This request must come from the Frontdesk app itself.",
                        ApiCodes.CSRF)).build());
    }
}
