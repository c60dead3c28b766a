package org.onewindow.open311;

import java.util.List;

/** Administrators issue, list and revoke the API keys of Open311 clients. Every method is for ADMIN only. */
public interface ApiKeyService {

    /** Every key, active ones first, newest first. */
    List<ApiKey> keys();

    /**
     * Creates a key for a client.
     *
     * @param key who the key is for, 1 to {@value NewApiKey#MAX_NAME_LENGTH} characters and not the name of
     *     another active key, and its rate limit within {@link NewApiKey}'s range
     * @throws org.onewindow.shared.InvalidInputException by {@link NewApiKeyField}
     */
    IssuedApiKey create(NewApiKey key);

    /**
     * Revokes a key at once: its next request is refused.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown key
     * @throws org.onewindow.shared.BusinessRuleException when it was revoked already
     */
    ApiKey revoke(long id);
}
