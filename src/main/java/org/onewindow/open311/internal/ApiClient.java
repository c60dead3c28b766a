package org.onewindow.open311.internal;

/** The client an active API key belongs to. */
public record ApiClient(long keyId, String name, int requestsPerMinute) {
}
