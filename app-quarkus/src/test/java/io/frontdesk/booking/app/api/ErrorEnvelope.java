package io.frontdesk.booking.app.api;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The seed's error envelope, as tests expect it. */
final class ErrorEnvelope {

    private ErrorEnvelope() {
    }

    /** A 400 for invalid input, with {@code field} (as the client named it) as the first invalid field. */
    static ValidatableResponse invalid(Response response, String field) {
        return response.then().statusCode(400)
                .body("success", equalTo(false))
                .body("error", equalTo("Validation failed"))
                .body("code", equalTo("VALIDATION.FAILED"))
                .body("message", not(emptyOrNullString()))
                .body("details.field", equalTo(field))
                .body("details.message", not(emptyOrNullString()))
                .body("violations[0].field", equalTo(field))
                .body("violations.field", hasItem(field));
    }
}
