package io.frontdesk.booking.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.frontdesk.booking.app.FailingCalendarJobs;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A use case changes everything or nothing: when its last step fails (the calendar job, written after the booking,
 * the slot and the audit entry), the booking, the slot and the audit trail are as they were, and the client gets
 * a 500 in the envelope with no internals.
 */
@QuarkusTest
class AtomicUseCaseApiTest {

    private Business business;

    @AfterEach
    void recover() {
        if (business != null) {
            FailingCalendarJobs.recover(business.tenantId);
        }
    }

    @Test
    void aFailedCancellationLeavesBookingSlotAndAuditTrailUnchanged() {
        business = Business.open();
        String id = business.booking();
        FailingCalendarJobs.failFor(business.tenantId);

        String body = business.desk().body(Map.of("status", "canceled")).patch("/api/bookings/" + id)
                .then().statusCode(500)
                .body("success", equalTo(false))
                .body("error", equalTo("Internal server error"))
                .body("code", equalTo("INTERNAL_ERROR"))
                .extract().asString();

        assertThat(body).doesNotContain("IllegalStateException", "forced", "at io.");
        business.desk().get("/api/bookings/" + id).then()
                .body("booking.status", equalTo("confirmed"))
                .body("booking.slotDetails.status", equalTo("booked"))
                .body("booking.auditTrail", hasSize(1));
    }

    @Test
    void aFailedCreationLeavesNoBookingAndTheSlotOpen() {
        business = Business.open();
        String slotId = business.slot();
        FailingCalendarJobs.failFor(business.tenantId);

        business.desk().body(business.bookingRequest(slotId)).post("/api/bookings").then().statusCode(500);

        assertThat(business.bookingCount()).isZero();
        business.desk().queryParam("status", "open").get("/api/slots").then().body("slots.id", hasItem(slotId));
        FailingCalendarJobs.recover(business.tenantId);
        business.book(business.bookingRequest(slotId));
        business.desk().queryParam("status", "open").get("/api/slots").then()
                .body("slots.id", not(hasItem(slotId)));
    }
}
