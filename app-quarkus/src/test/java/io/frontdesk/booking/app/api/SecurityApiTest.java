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

    static Stream<Arguments> everyEndpoint() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("GET", "/api/bookings"),
                Arguments.of("POST", "/api/bookings"),
                Arguments.of("GET", "/api/bookings/stats"),
                Arguments.of("GET", "/api/bookings/" + id),
                Arguments.of("PATCH", "/api/bookings/" + id),
                Arguments.of("GET", "/api/services"),
                Arguments.of("POST", "/api/services"),
                Arguments.of("PUT", "/api/services/" + id),
                Arguments.of("GET", "/api/staff"),
                Arguments.of("POST", "/api/staff"),
                Arguments.of("PUT", "/api/staff/" + id),
                Arguments.of("GET", "/api/slots"),
                Arguments.of("POST", "/api/slots"),
                Arguments.of("POST", "/api/slots/weekly"),
                Arguments.of("DELETE", "/api/slots/" + id),
                Arguments.of("GET", "/api/tenant"),
                Arguments.of("PUT", "/api/tenant"));
    }

    static Stream<Arguments> adminEndpoints() {
        return everyEndpoint().filter(a -> !a.get()[0].equals("GET") && !a.get()[1].toString()
                .startsWith("/api/bookings"));
    }

    static Stream<Arguments> deskEndpoints() {
        return everyEndpoint().filter(a -> a.get()[1].toString().startsWith("/api/bookings"));
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
