package io.frontdesk.booking.application.port.out;

/**
 * Seals secrets (calendar passwords) for storage and opens them for use. A sealed text reveals nothing of the
 * secret, and is refused when altered or sealed under another key.
 */
public interface CredentialCipher {

    String seal(String secret);

    /** @throws UnreadableSecretException when {@code sealed} was altered, or sealed under another key */
    String open(String sealed);

    /** A sealed secret that cannot be opened here. */
    final class UnreadableSecretException extends RuntimeException {

        public UnreadableSecretException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
