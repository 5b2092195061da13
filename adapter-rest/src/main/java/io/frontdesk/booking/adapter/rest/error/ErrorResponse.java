package io.frontdesk.booking.adapter.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontdesk.booking.domain.shared.Violation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The seed's error envelope: {@code success: false}, a short {@code error} title, a sentence for people in
 * {@code message}, the stable dotted {@code code}, and for invalid input the first invalid field in
 * {@code details} and all of them in {@code violations}.
 */
@Schema(name = "Error", description = "Every error answer has this shape.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorResponse(
        @Schema(description = "Always false.", example = "false") boolean success,
        @Schema(description = "Short title.", example = "Validation failed") String error,
        @Schema(description = "What happened, for people.", example = "customer_phone: is not a valid phone number")
        String message,
        @Schema(description = "Stable machine-readable code.", example = "VALIDATION.FAILED") String code,
        @Schema(description = "The first invalid field (400 only).") FieldError details,
        @Schema(description = "Every invalid field (400 only).") List<FieldError> violations) {

    /** One invalid input field, named as the client sent it (snake_case). */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "customer_phone") String field,
            @Schema(example = "is not a valid phone number") String message) {

        static FieldError of(Violation violation) {
            return new FieldError(violation.field(), violation.message());
        }
    }

    public static ErrorResponse of(String error, String message, String code) {
        return new ErrorResponse(false, error, message, code, null, null);
    }

    public static ErrorResponse invalid(List<Violation> violations, String message) {
        List<FieldError> fields = violations.stream().map(FieldError::of).toList();
        return new ErrorResponse(false, "Validation failed", message, ApiCodes.VALIDATION_FAILED, fields.get(0),
                fields);
    }
}
