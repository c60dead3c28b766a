package org.onewindow.open311;

/**
 * A key just created. {@code secret} is the key the client sends as {@code api_key}: it exists only here, to be
 * shown once; the hall keeps its SHA-256 hash.
 */
public record IssuedApiKey(ApiKey key, String secret) {

    @Override
    public String toString() {
        // Keeps the secret out of logs and error messages that print the record.
        return "IssuedApiKey[key=" + key + ", secret=(hidden)]";
    }
}
