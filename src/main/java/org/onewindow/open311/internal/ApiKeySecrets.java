package org.onewindow.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys: {@code ow311_} and 256 random bits, URL-safe. Only the SHA-256 hash is stored: a key this random
 * needs no slow password hash, and a leaked table opens nothing.
 */
final class ApiKeySecrets {

    static final String PREFIX = "ow311_";
    /** How much of a key the administrators' list shows: the fixed prefix and four random characters. */
    static final int SHOWN_LENGTH = PREFIX.length() + 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String shownPart(String key) {
        return key.substring(0, SHOWN_LENGTH);
    }
}
