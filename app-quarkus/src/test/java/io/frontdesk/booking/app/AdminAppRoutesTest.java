package io.frontdesk.booking.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin app is served at / and at every page path it routes itself, so its links can be bookmarked. */
@QuarkusTest
class AdminAppRoutesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/bookings", "/bookings?status=confirmed&page=2", "/dashboard", "/waitlist"})
    void appPagesAnswerWithTheApp(String path) {
        given().get(path)
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\">"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/nothing", "/assets/missing.js", "/q/nothing"})
    void serverPathsAndFilesAreNotTheApp(String path) {
        given().get(path).then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/nothing"})
    void unknownApiPathsKeepTheirJsonEnvelope(String path) {
        given().get(path).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
