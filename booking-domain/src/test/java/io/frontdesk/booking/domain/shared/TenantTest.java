package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A business: a trimmed name of 1 to 200 characters, a time zone and a phone region. */
class TenantTest {

    private static final TenantId ID = new TenantId(UUID.randomUUID());
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PhoneRegion DE = PhoneRegion.of("DE");

    @Test
    void theNameIsTrimmed() {
        assertThat(new Tenant(ID, "  Salon Kamm  ", BERLIN, DE).name()).isEqualTo("Salon Kamm");
    }

    @Test
    void aBlankOrOverlongNameIsRefusedOnTheName() {
        assertThatThrownBy(() -> new Tenant(ID, "  ", BERLIN, DE))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("name"));
        assertThat(new Tenant(ID, "x".repeat(200), BERLIN, DE).name()).hasSize(200);
        assertThatThrownBy(() -> new Tenant(ID, "x".repeat(201), BERLIN, DE))
                .isInstanceOf(DomainValidationException.class);
    }

    @Test
    void aTenantNeedsAnIdATimeZoneAndARegion() {
        assertThatThrownBy(() -> new Tenant(null, "Salon", BERLIN, DE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Tenant(ID, "Salon", null, DE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Tenant(ID, "Salon", BERLIN, null)).isInstanceOf(NullPointerException.class);
    }
}
