package io.frontdesk.booking.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.SampleCustomers;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A service: a trimmed name, a duration of one minute to one day, an optional non-negative price. */
class ServiceTest {

    private static final ServiceId ID = new ServiceId(UUID.randomUUID());

    private static Service haircut(String name, Duration duration) {
        return new Service(ID, SampleCustomers.TENANT, name, duration, Optional.of(Money.of(3500, "EUR")), true);
    }

    @Test
    void theNameIsTrimmed() {
        assertThat(haircut("  Haircut ", Duration.ofMinutes(45)).name()).isEqualTo("Haircut");
    }

    @Test
    void aBlankOrOverlongNameIsRefusedOnTheName() {
        assertThatThrownBy(() -> haircut(" ", Duration.ofMinutes(45)))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("name"));
        assertThat(haircut("x".repeat(100), Duration.ofMinutes(45)).name()).hasSize(100);
        assertThatThrownBy(() -> haircut("x".repeat(101), Duration.ofMinutes(45)))
                .isInstanceOf(DomainValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 45, 24 * 60})
    void aDurationOfOneMinuteToOneDayIsAccepted(long minutes) {
        assertThat(haircut("Haircut", Duration.ofMinutes(minutes)).duration()).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -45, 24 * 60 + 1})
    void anyOtherDurationIsRefusedOnTheDurationInMinutes(long minutes) {
        assertThatThrownBy(() -> haircut("Haircut", Duration.ofMinutes(minutes)))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("duration_minutes"));
    }
}
