package org.onewindow.shared.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The staff APIs refuse a person who must change their password (HTTP Basic or the screen's session alike) with a
 * 403 problem saying to change it on screen first: a temporary password or a setup code opens nothing but the
 * change-password view.
 */
public class PasswordChangeRequiredFilter extends OncePerRequestFilter {

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
        ProblemBodies.write(response, problem);
    }
}
