package io.frontdesk.booking.app.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published OpenAPI document describes every endpoint, the errors each can answer, and how to sign in. */
@QuarkusTest
class OpenApiDocumentTest {

    private JsonPath document;

    @BeforeEach
    void fetch() {
        document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
    }

    /** Each endpoint with the statuses it documents: the seed's five first, then what the create flow needs. */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("/api/bookings", "get", List.of("200", "400")),
                Arguments.of("/api/bookings", "post", List.of("201", "400", "404", "409", "429", "500")),
                Arguments.of("/api/bookings/{id}", "get", List.of("200", "400", "404")),
                Arguments.of("/api/bookings/{id}", "patch", List.of("200", "400", "404", "409")),
                Arguments.of("/api/bookings/stats", "get", List.of("200", "400")),
                Arguments.of("/api/services", "get", List.of("200")),
                Arguments.of("/api/services", "post", List.of("201", "400")),
                Arguments.of("/api/services/{id}", "put", List.of("200", "400", "404")),
                Arguments.of("/api/staff", "get", List.of("200", "400", "404")),
                Arguments.of("/api/staff", "post", List.of("201", "400")),
                Arguments.of("/api/staff/{id}", "put", List.of("200", "400", "404")),
                Arguments.of("/api/slots", "get", List.of("200", "400", "404")),
                Arguments.of("/api/slots", "post", List.of("201", "400", "404")),
                Arguments.of("/api/slots/weekly", "post", List.of("201", "400", "404")),
                Arguments.of("/api/slots/{id}", "delete", List.of("204", "404", "409")),
                Arguments.of("/api/tenant", "get", List.of("200")),
                Arguments.of("/api/tenant", "put", List.of("200", "400")),
                Arguments.of("/api/me", "get", List.of("200")),
                Arguments.of("/api/events", "get", List.of("200")),
                Arguments.of("/api/bookings/{id}/calendar/retry", "post", List.of("200", "400", "404", "409")),
                Arguments.of("/api/staff/{id}/calendar", "get", List.of("200", "400", "404")),
                Arguments.of("/api/staff/{id}/calendar", "put", List.of("200", "400", "404")),
                Arguments.of("/api/staff/{id}/calendar", "delete", List.of("200", "400", "404")),
                Arguments.of("/api/staff/{id}/feed", "post", List.of("200", "400", "404")),
                Arguments.of("/api/waitlist", "get", List.of("200", "400")),
                Arguments.of("/api/waitlist", "post", List.of("201", "400", "404")),
                Arguments.of("/api/waitlist/{id}", "get", List.of("200", "400", "404")),
                Arguments.of("/api/waitlist/{id}", "delete", List.of("200", "400", "404", "409")),
                Arguments.of("/api/waitlist/{id}/release-offer", "post", List.of("200", "400", "404", "409")));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("endpoints")
    void everyEndpointIsDocumentedWithItsErrorsInTheEnvelope(String path, String method, List<String> statuses) {
        Map<String, Object> operation = document.getMap("paths.'" + path + "'." + method);
        assertThat(operation).as("%s %s", method, path).isNotNull().containsKeys("summary", "responses");

        Map<String, Map<String, Object>> responses = document.getMap("paths.'" + path + "'." + method + ".responses");
        assertThat(responses.keySet()).containsAll(statuses).contains("401", "403", "500");
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                assertThat(document.getString("paths.'" + path + "'." + method + ".responses.'" + status
                        + "'.content.'application/json'.schema.'$ref'")).as("%s %s %s", method, path, status)
                        .isEqualTo("#/components/schemas/Error");
            }
        });
    }

    @Test
    void theCalendarFeedIsDocumentedAsAPublicPath() {
        assertThat(document.getMap("paths.'/feeds/{token}.ics'.get")).containsKey("summary");
        assertThat(document.getMap("paths.'/feeds/{token}.ics'.get.responses").keySet()).contains("200", "404");
    }

    @Test
    void theSeedsQueryParametersAreAllDocumented() {
        List<String> names = document.getList("paths.'/api/bookings'.get.parameters.name");
        assertThat(names).contains("start_date", "end_date", "service_id", "staff_id", "status", "source", "search",
                "page", "limit");
    }

    @Test
    void theRequestAndResponseSchemasUseTheSeedsFieldNames() {
        assertThat(document.getMap("components.schemas.CreateBookingRequest.properties").keySet())
                .containsExactlyInAnyOrder("slot_id", "customer_name", "customer_phone", "customer_email",
                        "booking_source");
        assertThat(document.getList("components.schemas.CreateBookingRequest.required", String.class))
                .containsExactlyInAnyOrder("slot_id", "customer_name", "customer_phone", "booking_source");
        assertThat(document.getMap("components.schemas.Booking.properties").keySet())
                .contains("customerName", "customerPhone", "customerEmail", "status", "bookingSource",
                        "confirmedAt", "completedAt", "createdAt", "updatedAt");
        assertThat(document.getMap("components.schemas.BookingStats.properties").keySet())
                .contains("totalBookings", "todayBookings", "upcomingBookings", "completedBookings", "noShowCount",
                        "noShowRate", "canceledBookings", "bySource", "byStatus", "waitlistOffersMade",
                        "waitlistOffersAccepted", "waitlistFillRate");
        assertThat(document.getMap("components.schemas.Error.properties").keySet())
                .contains("success", "error", "message", "code", "details", "violations");
    }

    @Test
    void theCalendarFeedIsDocumentedAsPublicICalendar() {
        String feed = "paths.'/feeds/{token}.ics'.get";
        assertThat(document.getMap(feed)).containsKeys("summary", "responses");
        assertThat(document.getMap(feed + ".responses.'200'.content")).containsKey("text/calendar");
        assertThat(document.getString(feed + ".responses.'404'.content.'application/json'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/Error");
        assertThat(document.getList(feed + ".security", Map.class)).as("no sign-in: the token is the key")
                .isNotNull().allMatch(Map::isEmpty);
        assertThat(document.getList(feed + ".parameters.name")).containsExactly("token");
    }

    @Test
    void bookingDetailsShowTheCalendarStateAndNoCredentialIsEverAnswered() {
        assertThat(document.getMap("components.schemas.BookingWithDetails.properties")).containsKey("calendar");
        assertThat(document.getMap("components.schemas.CalendarSync.properties").keySet())
                .containsExactlyInAnyOrder("state", "lastError", "attempts", "nextAttemptAt");
        assertThat(document.getMap("components.schemas.StaffCalendar.properties").keySet())
                .doesNotContain("password", "username");
        assertThat(document.getMap("components.schemas.ConnectCalendarRequest.properties").keySet())
                .containsExactlyInAnyOrder("caldav_url", "username", "password");
    }

    @Test
    void theBearerSchemeSecuresTheApi() {
        assertThat(document.getString("components.securitySchemes.oidc.type")).isEqualTo("http");
        assertThat(document.getString("components.securitySchemes.oidc.scheme")).isEqualTo("bearer");
        assertThat(document.getList("security")).isNotEmpty();
    }
}
