package dev.journeymaps.standalone.session;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret a session cookie carries (256 random bits) and what follows from it: the id the database knows the
 * session by (a hash, so the table cannot be turned back into cookies) and the AES-GCM key that seals the user's
 * Jira credentials in that row (so the table alone reveals no token). Only a browser holding the cookie can open
 * its own row, on any node.
 */
final class SessionSecret {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int NONCE_BYTES = 12;

    private final byte[] secret;

    private SessionSecret(byte[] secret) {
        this.secret = secret;
    }

    static SessionSecret random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SessionSecret(bytes);
    }

    /** The secret in a cookie value, if it has the shape we issue. */
    static Optional<SessionSecret> parse(String cookieValue) {
        if (cookieValue == null || !SHAPE.matcher(cookieValue).matches()) {
            return Optional.empty();
        }
        SessionSecret secret = new SessionSecret(Base64.getUrlDecoder().decode(cookieValue));
        // Only the one spelling we issue: the decoder ignores the last character's unused bits.
        return secret.cookieValue().equals(cookieValue) ? Optional.of(secret) : Optional.empty();
    }

    String cookieValue() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The session's id in the database. */
    String hash() {
        return HexFormat.of().formatHex(derive("journeymaps.session.id"));
    }

    String seal(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is a required JDK cipher", e);
        }
    }

    /** The plaintext, or empty if {@code sealed} was not sealed for this secret (or was altered). */
    Optional<String> open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce);
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is a required JDK cipher", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derive("journeymaps.session.key"), "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(hash().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private byte[] derive(String purpose) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(purpose.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) 0);
            return sha256.digest(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
