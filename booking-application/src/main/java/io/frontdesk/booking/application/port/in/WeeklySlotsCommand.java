package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * A weekly pattern to expand into slots: on each of {@code days} between {@code fromDate} and {@code toDate}
 * (inclusive, at most 92 days), back-to-back slots of the service's duration from {@code dayStart} until
 * {@code dayEnd}, wall-clock times in the tenant's zone.
 */
public record WeeklySlotsCommand(TenantId tenantId, ActorId actor, ServiceId serviceId, StaffId staffId,
        LocalDate fromDate, LocalDate toDate, Set<DayOfWeek> days, LocalTime dayStart, LocalTime dayEnd) {

    public WeeklySlotsCommand {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(actor, "actor");
        days = days == null ? Set.of() : Set.copyOf(days);
    }
}
