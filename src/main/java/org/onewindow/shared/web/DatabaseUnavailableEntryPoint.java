package org.onewindow.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.shared.DatabaseUnavailable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP Basic sign-in reads the staff account from the database. When that fails because the database cannot be
 * reached, the client is told so (503, as every other API call at that moment) instead of a 401 that would send
 * it to check a password that is right. Every other refusal goes to the given entry point.
 */
public class DatabaseUnavailableEntryPoint implements AuthenticationEntryPoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuthenticationEntryPoint otherwise;

    public DatabaseUnavailableEntryPoint(AuthenticationEntryPoint otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (!DatabaseUnavailable.causedBy(e)) {
            otherwise.commence(request, response, e);
            return;
        }
        // Security runs before Spring MVC has resolved the request's language; the message follows Accept-Language.
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        ProblemDetail problem;
        try {
            LocaleContextHolder.setLocale(request.getLocale());
            problem = ProblemResponses.databaseUnavailableProblem();
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
        response.setStatus(problem.getStatus());
        response.setHeader(HttpHeaders.RETRY_AFTER, "60");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        JSON.writeValue(response.getOutputStream(), body);
    }
}
