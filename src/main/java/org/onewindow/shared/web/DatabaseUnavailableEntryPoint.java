package org.onewindow.shared.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.shared.DatabaseUnavailable;
import org.onewindow.shared.security.SignInLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * HTTP Basic sign-in reads the staff account from the database. When that fails because the database cannot be
 * reached, the client is told so (503, as every other API call at that moment) instead of a 401 that would send
 * it to check a password that is right. Any other failure inside the server while checking the sign-in (Spring
 * Security's {@code InternalAuthenticationServiceException}) is a 503 too, with its own message, and is logged:
 * a connection cut mid-transaction can fail its rollback as well, and that failure need not name the connection.
 * A name or address locked after too many failed sign-ins is a 429 saying how long to wait. Every other refusal
 * of the credentials goes to the given entry point.
 */
public class DatabaseUnavailableEntryPoint implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableEntryPoint.class);

    private final AuthenticationEntryPoint otherwise;

    public DatabaseUnavailableEntryPoint(AuthenticationEntryPoint otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (e instanceof SignInLockedException locked) {
            writeProblem(request, response, () -> ProblemResponses.signInLockedProblem(locked.minutesToWait()),
                    locked.minutesToWait() * 60);
            return;
        }
        String messageKey = DatabaseUnavailable.signInFailureMessageKey(e).orElse(null);
        if (messageKey == null) {
            otherwise.commence(request, response, e);
            return;
        }
        boolean databaseDown = messageKey.equals(DatabaseUnavailable.MESSAGE_KEY);
        if (!databaseDown) {
            log.warn("Sign-in of {} {} could not be checked; answered 503", request.getMethod(),
                    request.getRequestURI(), e);
        }
        writeProblem(request, response, databaseDown ? ProblemResponses::databaseUnavailableProblem
                : ProblemResponses::signInUncheckedProblem, 60);
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response,
            Supplier<ProblemDetail> problemInLanguage, long retryAfterSeconds) throws IOException {
        // Security runs before Spring MVC has resolved the request's language; the message follows Accept-Language.
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        ProblemDetail problem;
        try {
            LocaleContextHolder.setLocale(request.getLocale());
            problem = problemInLanguage.get();
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        ProblemBodies.write(response, problem);
    }
}
