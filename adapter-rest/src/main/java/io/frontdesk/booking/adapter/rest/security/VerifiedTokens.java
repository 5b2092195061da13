package io.frontdesk.booking.adapter.rest.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads a claim of a JWT access token that the OIDC layer has already verified (browser sessions verify the access
 * token at login: {@code quarkus.oidc.authentication.verify-access-token=true}). Never use it on unverified input.
 */
final class VerifiedTokens {

    private VerifiedTokens() {
    }

    static Optional<String> claim(String jwt, String name) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            JsonObject claims = reader.readObject();
            JsonValue value = claims.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return Optional.empty();
            }
            return Optional.of(value instanceof JsonString text ? text.getString() : value.toString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
