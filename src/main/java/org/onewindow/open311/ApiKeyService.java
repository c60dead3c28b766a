package org.onewindow.open311;

import java.util.List;

/** Administrators issue, list and revoke the API keys of Open311 clients. Every method is for ADMIN only. */
public interface ApiKeyService {

    /** Every key, active ones first, newest first. */
    List<ApiKey> keys();

    /**
     * Creates a key for a client.
     *
     * @param name who the key is for, 1 to 50 characters, not the name of another active key
     * @param requestsPerMinute 1 to 6,000
     * @throws org.onewindow.shared.InvalidInputException with {@code name} or {@code requestsPerMinute} errors
     */
    IssuedApiKey create(String name, int requestsPerMinute);

    /**
     * Revokes a key at once: its next request is refused.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown key
     * @throws org.onewindow.shared.BusinessRuleException when it was revoked already
     */
    ApiKey revoke(long id);
}
