package io.frontdesk.booking.adapter.rest.slot;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.booking.application.port.in.SlotView;
import io.frontdesk.booking.application.port.in.WeeklySlotsResult;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the slots endpoints. */
public final class SlotJson {

    private SlotJson() {
    }

    @Schema(name = "Slot")
    public record SlotBody(UUID id, UUID serviceId, UUID staffId, String staffName, Instant startTime,
            Instant endTime, @Schema(enumeration = {"open", "held", "booked"}) String status,
            @Schema(nullable = true, description = "Until when a waitlist offer holds it") Instant heldUntil) {

        static SlotBody of(SlotView s) {
            return new SlotBody(s.id().value(), s.serviceId().value(), s.staffId().value(), s.staffName(),
                    s.startTime(), s.endTime(), s.status().value(), s.heldUntil().orElse(null));
        }
    }

    @Schema(name = "CreateSlotRequest")
    public record CreateSlot(
            @Schema(required = true, format = "uuid") @JsonProperty("service_id") String serviceId,
            @Schema(required = true, format = "uuid") @JsonProperty("staff_id") String staffId,
            @Schema(required = true, format = "date-time", example = "2026-03-30T09:00:00+02:00")
            @JsonProperty("start_time") String startTime,
            @Schema(nullable = true, format = "date-time", description = "Defaults to start + the service's duration")
            @JsonProperty("end_time") String endTime) {

        static final CreateSlot EMPTY = new CreateSlot(null, null, null, null);
    }

    @Schema(name = "WeeklySlotsRequest", description = "Back-to-back slots of the service's duration from day_start "
            + "to day_end on each chosen weekday from from_date to to_date, in the business's time zone.")
    public record Weekly(
            @Schema(required = true, format = "uuid") @JsonProperty("service_id") String serviceId,
            @Schema(required = true, format = "uuid") @JsonProperty("staff_id") String staffId,
            @Schema(required = true, format = "date") @JsonProperty("from_date") String fromDate,
            @Schema(required = true, format = "date", description = "Inclusive; at most 92 days after from_date")
            @JsonProperty("to_date") String toDate,
            @Schema(required = true, example = "[\"monday\", \"wednesday\"]") List<String> days,
            @Schema(required = true, example = "09:00") @JsonProperty("day_start") String dayStart,
            @Schema(required = true, example = "17:00") @JsonProperty("day_end") String dayEnd) {

        static final Weekly EMPTY = new Weekly(null, null, null, null, List.of(), null, null);
    }

    @Schema(name = "SlotList")
    public record Slots(boolean success, List<SlotBody> slots) {
    }

    @Schema(name = "SlotResponse")
    public record OneSlot(boolean success, SlotBody slot) {
    }

    @Schema(name = "WeeklySlotsResponse")
    public record WeeklyResult(boolean success, List<SlotBody> created, int skippedPast, int skippedOverlapping) {

        static WeeklyResult of(WeeklySlotsResult r) {
            return new WeeklyResult(true, r.created().stream().map(SlotBody::of).toList(), r.skippedPast(),
                    r.skippedOverlapping());
        }
    }
}
