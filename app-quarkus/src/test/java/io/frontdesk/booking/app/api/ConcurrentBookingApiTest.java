package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The race the seed warns about: many desks booking one slot at the same moment. */
@QuarkusTest
class ConcurrentBookingApiTest {

    private static final int DESKS = 50;

    @Test
    void fiftyParallelCreatesOnOneSlotMakeExactlyOneBooking() throws Exception {
        Business business = Business.open();
        String slotId = business.slot();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService desks = Executors.newFixedThreadPool(DESKS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < DESKS; i++) {
                Map<String, Object> request = business.bookingRequest(slotId);
                answers.add(desks.submit(() -> {
                    start.await();
                    return business.desk().body(request).post("/api/bookings").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }

            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(DESKS - 1);
        } finally {
            desks.shutdownNow();
        }
        assertThat(business.bookingCount()).isEqualTo(1);

        String booked = business.desk().queryParam("status", "confirmed").get("/api/bookings")
                .then().extract().path("bookings[0].id");
        business.desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + booked).then().statusCode(200);
        String again = business.book(business.bookingRequest(slotId));
        business.desk().get("/api/bookings/" + again).then().body("booking.slotDetails.status", equalTo("booked"));
        assertThat(business.bookingCount()).isEqualTo(2);
    }
}
