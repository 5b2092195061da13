package io.frontdesk.booking.adapter.rest.support;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the answers every {@code /api} operation can give besides its own: 401 without a valid token, 403
 * without the role or a tenant, 500 for the unexpected — all in the error envelope. Operations list only the
 * errors particular to them. Replaces the bare 401/403 entries the framework adds for secured operations.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CommonErrorResponses implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "401", "No valid access token (code AUTH.UNAUTHENTICATED).",
            "403", "The token lacks the role for this operation (AUTH.FORBIDDEN) or names no business "
                    + "(AUTH.NO_TENANT).",
            "500", "Unexpected failure (INTERNAL_ERROR); nothing was changed.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(CommonErrorResponses::addCommon);
            }
        });
    }

    private static void addCommon(Operation operation) {
        COMMON.forEach((status, description) ->
                operation.getResponses().addAPIResponse(status, envelope(description)));
    }

    private static APIResponse envelope(String description) {
        MediaType json = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Error"));
        Content content = OASFactory.createContent().addMediaType("application/json", json);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
