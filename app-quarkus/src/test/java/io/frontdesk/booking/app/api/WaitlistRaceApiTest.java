package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Races on a held slot, all requests released at once: the customer's accept against desks booking the same slot,
 * against itself, and against staff releasing the hold. Exactly one booking comes out, and nobody sees a 5xx.
 */
@QuarkusTest
class WaitlistRaceApiTest {

    @Test
    void anAcceptRacingDeskBookingsOfTheHeldSlotMakesExactlyOneBookingTheWaitlistOne() throws Exception {
        Business business = Business.open();
        String heldSlot = business.slot();
        String booking = business.bookingOf(heldSlot);
        Business.Waiting ada = business.waiting("Ada");
        business.cancel(booking);
        String token = Offers.token(ada.email(), 1);
        String client = Offers.newClient();

        List<Callable<Integer>> requests = new ArrayList<>();
        requests.add(() -> Offers.browser(client).post("/offers/" + token + "/accept").then().extract().statusCode());
        for (int i = 0; i < 8; i++) {
            Map<String, Object> request = business.bookingRequest(heldSlot);
            requests.add(() -> business.desk().body(request).post("/api/bookings").then().extract().statusCode());
        }
        List<Integer> statuses = raceAll(requests);

        assertThat(statuses.get(0)).as("the customer's accept").isEqualTo(200);
        assertThat(statuses.subList(1, statuses.size())).as("the desks").containsOnly(409);
        business.desk().queryParam("status", "confirmed").get("/api/bookings").then()
                .body("bookings.findAll { it.slotId == '" + heldSlot + "' }.size()", equalTo(1))
                .body("bookings.find { it.slotId == '" + heldSlot + "' }.bookingSource", equalTo("waitlist"));
    }

    @Test
    void parallelAcceptsOfOneTokenMakeExactlyOneBooking() throws Exception {
        Business business = Business.open();
        String slotId = business.slot();
        String booking = business.bookingOf(slotId);
        Business.Waiting ada = business.waiting("Ada");
        business.cancel(booking);
        String token = Offers.token(ada.email(), 1);

        List<Callable<Integer>> accepts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String client = Offers.newClient();
            accepts.add(() -> Offers.browser(client).post("/offers/" + token + "/accept").then().extract()
                    .statusCode());
        }
        List<Integer> statuses = raceAll(accepts);

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        business.desk().queryParam("source", "waitlist").get("/api/bookings").then()
                .body("pagination.total", equalTo(1));
        business.entry(ada.id()).body("entry.status", equalTo("booked"));
    }

    @Test
    void anAcceptRacingAStaffReleaseOfTheHoldEndsOneWayOrTheOtherWithoutA5xx() throws Exception {
        Business business = Business.open();
        String slotId = business.slot();
        String booking = business.bookingOf(slotId);
        Business.Waiting ada = business.waiting("Ada");
        business.cancel(booking);
        String token = Offers.token(ada.email(), 1);
        String client = Offers.newClient();

        List<Integer> statuses = raceAll(List.of(
                () -> Offers.browser(client).post("/offers/" + token + "/accept").then().extract().statusCode(),
                () -> business.desk().post("/api/waitlist/" + ada.id() + "/release-offer").then().extract()
                        .statusCode()));

        assertThat(statuses).containsAnyOf(200).allMatch(s -> s == 200 || s == 409);
        int bookings = business.desk().queryParam("source", "waitlist").get("/api/bookings").then().extract()
                .path("pagination.total");
        if (statuses.get(0) == 200) {
            assertThat(statuses.get(1)).isEqualTo(409);
            assertThat(bookings).isEqualTo(1);
            assertThat(business.slotIds("booked")).contains(slotId);
        } else {
            assertThat(statuses.get(1)).isEqualTo(200);
            assertThat(bookings).isZero();
            assertThat(business.slotIds("open")).contains(slotId);
        }
    }

    /** Starts every request at the same moment and answers their statuses in the order given. */
    private static List<Integer> raceAll(List<Callable<Integer>> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> request : requests) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
