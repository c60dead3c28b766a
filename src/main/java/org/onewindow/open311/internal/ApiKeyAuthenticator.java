package org.onewindow.open311.internal;

import org.springframework.stereotype.Component;

/** Finds the client of an {@code api_key} by the key's hash. Needs no sign-in: the key is the credential. */
@Component
public class ApiKeyAuthenticator {

    /** Keys are 49 characters; anything much longer is not worth hashing. */
    private static final int MAX_LENGTH = 200;

    private final ApiKeyStore store;

    ApiKeyAuthenticator(ApiKeyStore store) {
        this.store = store;
    }

    public ApiKeyCheck check(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return new ApiKeyCheck.Missing();
        }
        if (apiKey.length() > MAX_LENGTH) {
            return new ApiKeyCheck.Unknown();
        }
        return store.findByHash(ApiKeySecrets.hash(apiKey.trim()))
                .<ApiKeyCheck>map(key -> key.isActive()
                        ? new ApiKeyCheck.Valid(new ApiClient(key.id(), key.name(), key.requestsPerMinute()))
                        : new ApiKeyCheck.Revoked(key.name(), key.revokedAt()))
                .orElseGet(ApiKeyCheck.Unknown::new);
    }
}
