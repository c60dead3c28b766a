package org.onewindow.open311.internal;

import java.time.Instant;

/** What an {@code api_key} sent with a request turned out to be. */
public sealed interface ApiKeyCheck {

    /** No key was sent. */
    record Missing() implements ApiKeyCheck {
    }

    /** Not a key the hall issued. */
    record Unknown() implements ApiKeyCheck {
    }

    /** A key the hall issued and revoked since. */
    record Revoked(String name, Instant revokedAt) implements ApiKeyCheck {
    }

    record Valid(ApiClient client) implements ApiKeyCheck {
    }
}
