package org.onewindow.open311.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.onewindow.shared.DatabaseUnavailable;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the Open311 API as the specification lists them ({@code <errors><error><code/><description/>}, or a
 * JSON array), in the format the request asked for. Ordered before the application's problem responses, which
 * speak RFC 9457 to OneWindow's own JSON API.
 */
@RestControllerAdvice(assignableTypes = GeoReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeoReportErrors {

    private static final Logger log = LoggerFactory.getLogger(GeoReportErrors.class);

    @ExceptionHandler
    ResponseEntity<String> refused(GeoReportException e, HttpServletRequest request) {
        return answer(e.status(), e.errors(), request, e.retryAfter());
    }

    /**
     * Anything else is the specification's "general service error", which it answers with 400. The client gets a
     * reference to quote; the details stay in the log.
     */
    @ExceptionHandler
    ResponseEntity<String> failed(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            // Not the client's fault and not a bug: 503 with Retry-After tells its program to try again later.
            log.warn("Open311 request {} {} failed: the database cannot be reached", request.getMethod(),
                    request.getRequestURI());
            return answer(HttpStatus.SERVICE_UNAVAILABLE, List.of(new GeoError(503,
                    Translations.current(DatabaseUnavailable.MESSAGE_KEY))), request, java.time.Duration.ofSeconds(59));
        }
        String reference = UUID.randomUUID().toString();
        log.error("Open311 request {} {} failed (reference {})", request.getMethod(), request.getRequestURI(),
                reference, e);
        return answer(HttpStatus.BAD_REQUEST, List.of(new GeoError(400, "General service error: the request could not "
                + "be processed. Please tell the hall, quoting reference " + reference + ".")), request, null);
    }

    static ResponseEntity<String> answer(HttpStatus status, List<GeoError> errors, HttpServletRequest request,
            java.time.Duration retryAfter) {
        Format format = Format.ofPath(request.getRequestURI());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(format.mediaType);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds() + 1)));
        }
        return response.body(DocumentWriter.list(format, "errors", "error", errors));
    }
}
