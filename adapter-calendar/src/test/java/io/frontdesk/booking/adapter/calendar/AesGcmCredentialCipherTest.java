package io.frontdesk.booking.adapter.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.out.CredentialCipher;
import io.frontdesk.booking.application.port.out.contract.CredentialCipherContract;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmCredentialCipherTest extends CredentialCipherContract {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes());

    @Override
    protected CredentialCipher cipher() {
        return AesGcmCredentialCipher.withKey(KEY, "TEST_KEY");
    }

    @Override
    protected CredentialCipher cipherWithAnotherKey() {
        return AesGcmCredentialCipher.withKey(OTHER_KEY, "TEST_KEY");
    }

    @Test
    void aKeyOfTheWrongSizeOrWithoutAnyKeyIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> AesGcmCredentialCipher.withKey("c2hvcnQ=", "FRONTDESK_CALENDAR_KEY"))
                .hasMessageContaining("FRONTDESK_CALENDAR_KEY").hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> AesGcmCredentialCipher.withoutKey("FRONTDESK_CALENDAR_KEY").seal("x"))
                .hasMessageContaining("FRONTDESK_CALENDAR_KEY");
        assertThat(cipher().seal("x")).startsWith("v1:");
    }
}
