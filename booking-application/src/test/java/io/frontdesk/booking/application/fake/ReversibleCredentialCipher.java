package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.CredentialCipher;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A stand-in cipher for tests: seals by encoding under a key name, with a random salt so equal secrets seal
 * differently, and refuses texts sealed under another key name or altered (a checksum). Not encryption.
 */
public final class ReversibleCredentialCipher implements CredentialCipher {

    private final String keyName;

    public ReversibleCredentialCipher(String keyName) {
        this.keyName = keyName;
    }

    @Override
    public String seal(String secret) {
        String salt = UUID.randomUUID().toString();
        String body = checksum(keyName + salt + secret) + "\n" + keyName + "\n" + salt + "\n" + secret;
        return "fake:" + Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String checksum(String text) {
        return Integer.toHexString(text.hashCode());
    }

    @Override
    public String open(String sealed) {
        try {
            if (!sealed.startsWith("fake:")) {
                throw new IllegalArgumentException("not sealed here");
            }
            String[] parts = new String(Base64.getDecoder().decode(sealed.substring(5)), StandardCharsets.UTF_8)
                    .split("\n", 4);
            if (parts.length != 4 || !parts[1].equals(keyName)) {
                throw new IllegalArgumentException("sealed under another key");
            }
            if (!parts[0].equals(checksum(parts[1] + parts[2] + parts[3]))) {
                throw new IllegalArgumentException("altered");
            }
            return parts[3];
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException("cannot open the sealed secret", e);
        }
    }
}
