package org.onewindow.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The staff APIs refuse a person who must change their password (HTTP Basic or the screen's session alike) with a
 * 403 problem saying to change it on screen first: a temporary password or a setup code opens nothing but the
 * change-password view.
 */
public class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!PasswordChangeRequired.appliesTo(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        // Security runs before Spring MVC has resolved the request's language; the message follows Accept-Language.
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        ProblemDetail problem;
        try {
            LocaleContextHolder.setLocale(request.getLocale());
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    Translations.current(PasswordChangeRequired.MESSAGE_KEY));
            problem.setType(URI.create("urn:onewindow:problem:password-change-required"));
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
        response.setStatus(problem.getStatus());
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
