package io.frontdesk.booking.app.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.frontdesk.booking.app.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged application behind a real Keycloak set up as docs/operations.md describes: its tokens carry the
 * tenant and the roles the API reads, a browser without a session is sent to Keycloak's login, and the admin app's
 * browser tests ({@code src/test/e2e}, playwright-core in Debian's Chromium) pass against it.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakServer.class, restrictToAnnotatedClass = true)
class AdminAppIT {

    static final String SALON = "0d6f6a3e-2d0c-4b8e-9a51-5a1f3e0c1a01";

    static String token(String user) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", KeycloakServer.CLIENT_ID,
                        "client_secret", KeycloakServer.CLIENT_SECRET, "username", user, "password", user))
                .post(KeycloakServer.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void aKeycloakUserWorksForTheBusinessAndWithTheRolesOfTheirToken() {
        given().auth().oauth2(token("alice")).get("/api/me")
                .then().statusCode(200)
                .body("user.name", equalTo("alice"))
                .body("user.roles", containsInAnyOrder("staff", "admin"))
                .body("tenant.id", equalTo(SALON));
    }

    @Test
    void aStaffMemberMayNotMaintainTheCatalog() {
        String bob = token("bob");
        given().auth().oauth2(bob).get("/api/bookings").then().statusCode(200);
        given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("name", "Nail art",
                "duration_minutes", 45)).post("/api/services")
                .then().statusCode(403)
                .body("code", equalTo("AUTH.FORBIDDEN"));
    }

    @Test
    void theBrowserTestsPass() throws Exception {
        Path e2e = Path.of("src/test/e2e");
        Path report = Path.of("target/e2e-report.txt");
        ProcessBuilder npm = new ProcessBuilder("npm", "test").directory(e2e.toFile()).redirectErrorStream(true)
                .redirectOutput(report.toFile());
        npm.environment().put("FRONTDESK_URL", "http://localhost:" + RestAssured.port);
        npm.environment().put("KEYCLOAK_ISSUER", KeycloakServer.issuer());
        Process run = npm.start();
        boolean finished = run.waitFor(15, TimeUnit.MINUTES);
        String output = Files.readString(report);
        System.out.println(output);
        assertThat(finished).as("browser tests finished in time").isTrue();
        assertThat(run.exitValue()).as("browser tests failed:%n%s", output).isZero();
        assertThat(output).as("browser tests ran").containsPattern("pass [1-9]").contains("fail 0");
    }

    @Test
    void aBrowserIsSentToKeycloaksLoginPage() {
        given().redirects().follow(false).get("/login?then=/bookings")
                .then().statusCode(302)
                .header("Location", containsString(KeycloakServer.issuer() + "/protocol/openid-connect/auth"));
    }
}
