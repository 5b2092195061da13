package io.frontdesk.booking.app.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.frontdesk.booking.adapter.rest.session.LoginResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the admin app relies on: who is signed in, the login redirect, and protection of its cookie session. */
@QuarkusTest
class SessionApiTest {

    @Test
    void meNamesTheUserTheirRolesAndBusiness() {
        Business business = Business.open("Europe/Berlin", "DE");

        business.admin().get("/api/me")
                .then().statusCode(200)
                .body("success", equalTo(true))
                .body("user.name", equalTo("owner"))
                .body("user.roles", containsInAnyOrder("staff", "admin"))
                .body("tenant.id", equalTo(business.tenantId.toString()))
                .body("tenant.timeZone", equalTo("Europe/Berlin"));
        business.desk().get("/api/me").then().body("user.roles", containsInAnyOrder("staff"));
    }

    @Test
    void aBrowserWithoutSessionIsSentToTheProvidersLogin() {
        given().redirects().follow(false).get("/login?then=/bookings")
                .then().statusCode(302)
                .header("Location", containsString("response_type=code"))
                .header("Location", containsString("client_id=quarkus-service-app"));
    }

    @ParameterizedTest(name = "then={0} → {1}")
    @CsvSource({"/bookings?status=confirmed, /bookings?status=confirmed", "https://evil.example/, /",
        "//evil.example/x, /", "/\\evil.example, /", "'', /"})
    void afterLoginTheBrowserReturnsOnlyToAPageOfThisSite(String then, String expected) {
        assertThat(LoginResource.sameSite(then)).isEqualTo(expected);
    }

    @Test
    void aStateChangingRequestOnASessionCookieNeedsTheAppsHeader() {
        given().cookie("q_session", "anything").contentType(ContentType.JSON).body("{}")
                .post("/api/bookings")
                .then().statusCode(403)
                .body("success", equalTo(false))
                .body("code", equalTo("AUTH.CSRF"));
        given().cookie("q_session", "anything").header("X-Requested-With", "frontdesk")
                .contentType(ContentType.JSON).body("{}").post("/api/bookings")
                .then().statusCode(401);
    }

    @Test
    void bearerClientsAndReadsNeedNoSuchHeader() {
        Business business = Business.open();
        business.desk().cookie("q_session", "anything").body(business.bookingRequest(business.slot()))
                .post("/api/bookings").then().statusCode(201);
        given().auth().oauth2(Tokens.of("desk", UUID.randomUUID(), "staff")).cookie("q_session", "x")
                .get("/api/bookings").then().statusCode(200);
    }
}
