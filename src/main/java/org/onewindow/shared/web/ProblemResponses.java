package org.onewindow.shared.web;

import java.net.URI;
import java.sql.SQLException;

import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.DatabaseUnavailable;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.security.SignInLockedException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of OneWindow's JSON API as RFC 9457 problem responses with a message meant for people. */
@RestControllerAdvice(basePackages = "org.onewindow")
class ProblemResponses {

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are not valid; nothing was saved.");
        problem.setType(URI.create("urn:onewindow:problem:invalid-input"));
        problem.setProperty("fieldErrors", e.fieldErrors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail businessRule(BusinessRuleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:onewindow:problem:conflict"));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail accessDenied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /**
     * The database cannot be reached (down, restarting, refusing connections): 503 with a message that says
     * nothing was saved, so that people and programs try again rather than report a bug. The engine's and
     * Hibernate's own exceptions are matched by their SQL cause. Any other data access failure is not ours to
     * explain: rethrown, it ends as before.
     */
    @ExceptionHandler({ DataAccessException.class, TransactionException.class, SQLException.class })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) throws Exception {
        if (!DatabaseUnavailable.causedBy(e)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(databaseUnavailableProblem());
    }

    /** Written by {@link DatabaseUnavailableEntryPoint} when a sign-in could not be checked inside the server. */
    static ProblemDetail signInUncheckedProblem() {
        return serviceUnavailable(DatabaseUnavailable.SIGN_IN_UNCHECKED_KEY, "sign-in-unchecked");
    }

    /** Also written by {@link DatabaseUnavailableEntryPoint} when signing in fails for the same reason. */
    static ProblemDetail databaseUnavailableProblem() {
        return serviceUnavailable(DatabaseUnavailable.MESSAGE_KEY, "database-unavailable");
    }

    /** Written by {@link DatabaseUnavailableEntryPoint} when the name or the address is locked for a while. */
    static ProblemDetail signInLockedProblem(long minutesToWait) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                Translations.current(SignInLockedException.MESSAGE_KEY, minutesToWait));
        problem.setType(URI.create("urn:onewindow:problem:sign-in-locked"));
        problem.setTitle(Translations.current(SignInLockedException.MESSAGE_KEY + ".title"));
        return problem;
    }

    /** A 503 problem: try again later, nothing was saved; the detail in the reader's language. */
    private static ProblemDetail serviceUnavailable(String messageKey, String problemName) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                Translations.current(messageKey));
        problem.setType(URI.create("urn:onewindow:problem:" + problemName));
        problem.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        return problem;
    }
}
