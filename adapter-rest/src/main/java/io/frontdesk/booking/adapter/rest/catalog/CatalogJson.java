package io.frontdesk.booking.adapter.rest.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the services and staff endpoints. */
public final class CatalogJson {

    private CatalogJson() {
    }

    @Schema(name = "Service")
    public record ServiceJson(UUID id, String name, int durationMinutes,
            @Schema(nullable = true, description = "In minor units, e.g. cents") Long priceMinor,
            @Schema(nullable = true, description = "In the currency's major unit") BigDecimal price,
            @Schema(nullable = true, example = "EUR") String currency, boolean active) {

        static ServiceJson of(Service s) {
            return new ServiceJson(s.id().value(), s.name(), (int) s.duration().toMinutes(),
                    s.price().map(Money::minorUnits).orElse(null), s.price().map(Money::amount).orElse(null),
                    s.price().map(p -> p.currency().getCurrencyCode()).orElse(null), s.active());
        }
    }

    @Schema(name = "StaffMember")
    public record StaffJson(UUID id, String name, @Schema(nullable = true) String role,
            @Schema(nullable = true) String email, boolean active, List<UUID> serviceIds) {

        static StaffJson of(Staff s) {
            return new StaffJson(s.id().value(), s.name().value(), s.role().orElse(null),
                    s.email().map(EmailAddress::value).orElse(null), s.active(),
                    s.serviceIds().stream().map(ServiceId::value).sorted().toList());
        }
    }

    @Schema(name = "SaveServiceRequest")
    public record SaveService(
            @Schema(required = true, maxLength = 100) String name,
            @Schema(required = true, minimum = "1", maximum = "1440") @JsonProperty("duration_minutes")
            Integer durationMinutes,
            @Schema(nullable = true, minimum = "0") @JsonProperty("price_minor") Long priceMinor,
            @Schema(nullable = true, description = "ISO 4217, required with price_minor") String currency,
            @Schema(nullable = true, description = "Default true when creating; unchanged when updating")
            Boolean active) {

        static final SaveService EMPTY = new SaveService(null, null, null, null, null);
    }

    @Schema(name = "SaveStaffRequest")
    public record SaveStaff(
            @Schema(required = true, minLength = 2, maxLength = 100) String name,
            @Schema(nullable = true, maxLength = 100) String role,
            @Schema(nullable = true) String email,
            @Schema(nullable = true, description = "Default true when creating; unchanged when updating")
            Boolean active,
            @Schema(description = "Services this person performs") @JsonProperty("service_ids")
            List<String> serviceIds) {

        static final SaveStaff EMPTY = new SaveStaff(null, null, null, null, List.of());
    }

    @Schema(name = "ServiceList")
    public record Services(boolean success, List<ServiceJson> services) {
    }

    @Schema(name = "ServiceResponse")
    public record OneService(boolean success, ServiceJson service) {
    }

    @Schema(name = "StaffList")
    public record StaffList(boolean success, List<StaffJson> staff) {
    }

    @Schema(name = "StaffResponse")
    public record OneStaff(boolean success, StaffJson staffMember) {
    }
}
