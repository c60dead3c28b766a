package org.onewindow.open311;

/** An API key an administrator issues: who it is for and how many requests a minute it may make. */
public record NewApiKey(String name, int requestsPerMinute) {

    /** The longest client name, as the issuing form's field and the service count it. */
    public static final int MAX_NAME_LENGTH = 50;
    /** The range of a key's rate limit. */
    public static final int MIN_REQUESTS_PER_MINUTE = 1;
    public static final int MAX_REQUESTS_PER_MINUTE = 6000;
}
