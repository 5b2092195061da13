package io.frontdesk.booking.adapter.calendar;

import io.frontdesk.booking.application.port.out.CredentialCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals calendar passwords with AES-256-GCM under a key from configuration: a fresh 96-bit nonce per seal, a
 * 128-bit tag that refuses any altered text or other key. Sealed text: {@code v1:} + base64(nonce ‖ ciphertext ‖
 * tag). Without a key configured, sealing and opening fail with a message naming the missing setting.
 */
public final class AesGcmCredentialCipher implements CredentialCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String keySetting;

    private AesGcmCredentialCipher(SecretKey key, String keySetting) {
        this.key = key;
        this.keySetting = keySetting;
    }

    /**
     * A cipher with the base64-encoded 256-bit key {@code base64Key}; {@code keySetting} names where the key comes
     * from, for error messages.
     *
     * @throws IllegalArgumentException when the key is not base64 of 32 bytes
     */
    public static AesGcmCredentialCipher withKey(String base64Key, String keySetting) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(keySetting + " must be base64 (e.g. from 'openssl rand -base64 32')");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException(keySetting + " must be 32 bytes (256 bits) in base64, not "
                    + raw.length + " bytes");
        }
        return new AesGcmCredentialCipher(new SecretKeySpec(raw, "AES"), keySetting);
    }

    /** A cipher that refuses to work because no key is configured. */
    public static AesGcmCredentialCipher withoutKey(String keySetting) {
        return new AesGcmCredentialCipher(null, keySetting);
    }

    @Override
    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String open(String sealed) {
        SecretKey usable = key();
        try {
            if (!sealed.startsWith(PREFIX)) {
                throw new UnreadableSecretException("not a sealed secret", null);
            }
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new UnreadableSecretException("sealed secret too short", null);
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, usable, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new UnreadableSecretException("the sealed secret was altered or sealed under another key", e);
        }
    }

    private SecretKey key() {
        if (key == null) {
            throw new IllegalStateException("No key for calendar credentials is configured: set " + keySetting);
        }
        return key;
    }
}
