package io.frontdesk.booking.application.port.in;

import java.util.List;

/** What a weekly pattern produced: the new slots, and how many were skipped as past or overlapping. */
public record WeeklySlotsResult(List<SlotView> created, int skippedPast, int skippedOverlapping) {

    public WeeklySlotsResult {
        created = List.copyOf(created);
    }
}
