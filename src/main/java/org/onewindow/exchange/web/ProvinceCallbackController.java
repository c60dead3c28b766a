package org.onewindow.exchange.web;

import java.net.URI;

import org.onewindow.exchange.CallbackReceipt;
import org.onewindow.exchange.CallbackRefusedException;
import org.onewindow.exchange.ProvinceCallbacks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/province/evaluations}: evaluations the provincial platform received for this hall's cases. No
 * session: the request is authenticated by its HMAC-SHA256 signature (see {@code docs/province-interface.md}); the
 * other refusals are the shared problem responses (400 invalid, 404 unknown case, 409 not closed or too late).
 */
@RestController
class ProvinceCallbackController {

    private final ProvinceCallbacks callbacks;

    ProvinceCallbackController(ProvinceCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @PostMapping(path = "/api/province/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
    CallbackReceipt evaluation(
            @RequestHeader(name = ProvinceCallbacks.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = ProvinceCallbacks.SIGNATURE_HEADER, required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        return callbacks.receive(timestamp, signature, body == null ? new byte[0] : body);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNAUTHORIZED)
    ProblemDetail refused(CallbackRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setType(URI.create("urn:onewindow:problem:province-signature"));
        return problem;
    }
}
