package io.frontdesk.booking.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may call what: a valid token is needed everywhere, roles decide what it may do, and a tenant is required. */
@QuarkusTest
class SecurityApiTest {

    private static final String STAFF = "staff";
    private static final String ADMIN = "admin";
    private static final String EITHER = "staff or admin";

    /** Every /api endpoint with the one role that opens it ("either" where staff and admin both may). */
    static Stream<Arguments> endpointsWithRole() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("GET", "/api/bookings", STAFF),
                Arguments.of("POST", "/api/bookings", STAFF),
                Arguments.of("GET", "/api/bookings/stats", STAFF),
                Arguments.of("GET", "/api/bookings/" + id, STAFF),
                Arguments.of("PATCH", "/api/bookings/" + id, STAFF),
                Arguments.of("POST", "/api/bookings/" + id + "/calendar/retry", ADMIN),
                Arguments.of("GET", "/api/events", STAFF),
                Arguments.of("GET", "/api/me", EITHER),
                Arguments.of("GET", "/api/services", EITHER),
                Arguments.of("POST", "/api/services", ADMIN),
                Arguments.of("PUT", "/api/services/" + id, ADMIN),
                Arguments.of("GET", "/api/staff", EITHER),
                Arguments.of("POST", "/api/staff", ADMIN),
                Arguments.of("PUT", "/api/staff/" + id, ADMIN),
                Arguments.of("GET", "/api/staff/" + id + "/calendar", ADMIN),
                Arguments.of("PUT", "/api/staff/" + id + "/calendar", ADMIN),
                Arguments.of("DELETE", "/api/staff/" + id + "/calendar", ADMIN),
                Arguments.of("POST", "/api/staff/" + id + "/feed", ADMIN),
                Arguments.of("GET", "/api/slots", EITHER),
                Arguments.of("POST", "/api/slots", ADMIN),
                Arguments.of("POST", "/api/slots/weekly", ADMIN),
                Arguments.of("DELETE", "/api/slots/" + id, ADMIN),
                Arguments.of("GET", "/api/tenant", EITHER),
                Arguments.of("PUT", "/api/tenant", ADMIN),
                Arguments.of("GET", "/api/waitlist", STAFF),
                Arguments.of("POST", "/api/waitlist", STAFF),
                Arguments.of("GET", "/api/waitlist/" + id, STAFF),
                Arguments.of("DELETE", "/api/waitlist/" + id, STAFF),
                Arguments.of("POST", "/api/waitlist/" + id + "/release-offer", STAFF));
    }

    static Stream<Arguments> everyEndpoint() {
        return endpointsWithRole().map(a -> Arguments.of(a.get()[0], a.get()[1]));
    }

    static Stream<Arguments> adminEndpoints() {
        return endpointsWithRole().filter(a -> a.get()[2].equals(ADMIN)).map(a -> Arguments.of(a.get()[0],
                a.get()[1]));
    }

    static Stream<Arguments> deskEndpoints() {
        return endpointsWithRole().filter(a -> a.get()[2].equals(STAFF)).map(a -> Arguments.of(a.get()[0],
                a.get()[1]));
    }

    @ParameterizedTest(name = "{0} {1} without a token")
    @MethodSource("everyEndpoint")
    void withoutATokenEveryEndpointAnswers401(String method, String path) {
        call(given().contentType(ContentType.JSON).body("{}"), method, path)
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("success", equalTo(false))
                .body("code", equalTo("AUTH.UNAUTHENTICATED"));
    }

    @ParameterizedTest(name = "{0} {1} with a forged token")
    @MethodSource("everyEndpoint")
    void aTokenSignedByAnotherKeyAnswers401(String method, String path) {
        call(given().auth().oauth2(Tokens.forged("mallory", UUID.randomUUID(), "admin", "staff"))
                .contentType(ContentType.JSON).body("{}"), method, path)
                .then().statusCode(401)
                .body("code", equalTo("AUTH.UNAUTHENTICATED"));
    }

    @ParameterizedTest(name = "{0} {1} as staff only")
    @MethodSource("adminEndpoints")
    void adminEndpointsRefuseStaffWith403(String method, String path) {
        call(Business.as(UUID.randomUUID(), "desk", "staff").body("{}"), method, path)
                .then().statusCode(403)
                .body("success", equalTo(false))
                .body("code", equalTo("AUTH.FORBIDDEN"));
    }

    @ParameterizedTest(name = "{0} {1} as admin only")
    @MethodSource("deskEndpoints")
    void bookingEndpointsRefuseAUserWithoutTheStaffRoleWith403(String method, String path) {
        call(Business.as(UUID.randomUUID(), "owner", "admin").body("{}"), method, path)
                .then().statusCode(403)
                .body("code", equalTo("AUTH.FORBIDDEN"));
    }

    @Test
    void aTokenWithoutATenantAnswers403() {
        given().auth().oauth2(Tokens.of("drifter", null, "staff")).get("/api/bookings")
                .then().statusCode(403)
                .body("success", equalTo(false))
                .body("code", equalTo("AUTH.NO_TENANT"));
    }

    @Test
    void aTenantClaimThatIsNotAUuidAnswers403() {
        given().auth().oauth2(Tokens.withTenantClaim("drifter", "salon-aurora", "staff")).get("/api/bookings")
                .then().statusCode(403)
                .body("code", equalTo("AUTH.NO_TENANT"));
    }

    @Test
    void aNewTenantIsCreatedOnItsFirstRequestWithDefaults() {
        UUID tenant = UUID.randomUUID();
        Business.as(tenant, "owner", "admin").get("/api/tenant")
                .then().statusCode(200)
                .body("tenant.id", equalTo(tenant.toString()))
                .body("tenant.timeZone", equalTo("UTC"))
                .body("tenant.phoneRegion", equalTo("US"));
    }

    @Test
    void unknownPathsAnswerInTheEnvelope() {
        Business.as(UUID.randomUUID(), "desk", "staff").get("/api/nothing-here")
                .then().statusCode(404)
                .body("success", equalTo(false))
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void theAuditTrailNamesTheSignedInUser() {
        Business business = Business.open();
        String id = business.booking();
        Business.as(business.tenantId, "jordan", "staff").body(Map.of("status", "completed"))
                .patch("/api/bookings/" + id).then().statusCode(200);

        business.desk().get("/api/bookings/" + id).then()
                .body("booking.auditTrail[0].actor", equalTo("desk"))
                .body("booking.auditTrail[1].actor", equalTo("jordan"));
    }

    private static io.restassured.response.Response call(RequestSpecification request, String method, String path) {
        return request.request(method, path);
    }
}
