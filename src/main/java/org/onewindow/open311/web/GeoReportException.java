package org.onewindow.open311.web;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request refused with the specification's errors: 400 for a missing or invalid parameter, 403 for a missing or
 * invalid API key, 404 for an unknown service code, request, jurisdiction or resource, and 429 when the key's
 * rate limit is reached. Carries every error found, since the answer is a list.
 */
class GeoReportException extends RuntimeException {

    private final HttpStatus status;
    private final List<GeoError> errors;
    private final Duration retryAfter;

    GeoReportException(HttpStatus status, List<String> descriptions, Duration retryAfter) {
        super(String.join(" ", descriptions));
        this.status = status;
        this.errors = descriptions.stream().map(description -> new GeoError(status.value(), description)).toList();
        this.retryAfter = retryAfter;
    }

    static GeoReportException badRequest(List<String> descriptions) {
        return new GeoReportException(HttpStatus.BAD_REQUEST, descriptions, null);
    }

    static GeoReportException badRequest(String description) {
        return badRequest(List.of(description));
    }

    static GeoReportException forbidden(String description) {
        return new GeoReportException(HttpStatus.FORBIDDEN, List.of(description), null);
    }

    static GeoReportException notFound(String description) {
        return new GeoReportException(HttpStatus.NOT_FOUND, List.of(description), null);
    }

    static GeoReportException tooManyRequests(String description, Duration retryAfter) {
        return new GeoReportException(HttpStatus.TOO_MANY_REQUESTS, List.of(description), retryAfter);
    }

    HttpStatus status() {
        return status;
    }

    List<GeoError> errors() {
        return errors;
    }

    /** How long the client should wait before trying again; {@code null} when waiting does not help. */
    Duration retryAfter() {
        return retryAfter;
    }
}
