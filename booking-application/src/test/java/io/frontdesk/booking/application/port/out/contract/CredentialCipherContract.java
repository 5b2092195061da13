package io.frontdesk.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.out.CredentialCipher;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CredentialCipher} must do: open what it sealed, hide the secret, seal equal secrets
 * differently, and refuse a sealed text that was altered or sealed under another key.
 */
public abstract class CredentialCipherContract {

    /** The cipher under test, with its key. */
    protected abstract CredentialCipher cipher();

    /** The same kind of cipher with another key. */
    protected abstract CredentialCipher cipherWithAnotherKey();

    @Test
    void whatIsSealedOpensToTheSameSecret() {
        String secret = "correct horse battery staple ✓";

        assertThat(cipher().open(cipher().seal(secret))).isEqualTo(secret);
    }

    @Test
    void theSealedTextDoesNotShowTheSecretAndDiffersEachTime() {
        String secret = "hunter2-hunter2";

        String first = cipher().seal(secret);
        String second = cipher().seal(secret);

        assertThat(first).doesNotContain(secret).isNotEqualTo(second);
    }

    @Test
    void anAlteredSealedTextIsRefused() {
        String sealed = cipher().seal("a calendar password");
        char last = sealed.charAt(sealed.length() - 3);
        String altered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);

        assertThatThrownBy(() -> cipher().open(altered)).isInstanceOf(CredentialCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher().open("not sealed at all"))
                .isInstanceOf(CredentialCipher.UnreadableSecretException.class);
    }

    @Test
    void aTextSealedUnderAnotherKeyIsRefused() {
        String sealed = cipherWithAnotherKey().seal("a calendar password");

        assertThatThrownBy(() -> cipher().open(sealed)).isInstanceOf(CredentialCipher.UnreadableSecretException.class);
    }
}
