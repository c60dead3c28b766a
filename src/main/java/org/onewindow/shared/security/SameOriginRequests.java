package org.onewindow.shared.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.shared.PublicSite;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses requests to the staff APIs ({@code /api}, {@code /engine-rest}) that a browser sent from another site:
 * their {@code Origin} header names neither the address the request came to nor the hall's public address. Programs
 * send no {@code Origin}; OneWindow's and Camunda's own pages send their own. Behind the reverse proxy, the
 * address the request came to is the forwarded one when {@code server.forward-headers-strategy} is set.
 */
class SameOriginRequests extends OncePerRequestFilter {

    static final String MESSAGE_KEY = "shared.error.crossOrigin";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String publicOrigin;
    private final RequestMatcher guarded;

    SameOriginRequests(PublicSite site, RequestMatcher guarded) {
        this.publicOrigin = origin(URI.create(site.publicBaseUrl()));
        this.guarded = guarded;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !guarded.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin == null || sameOrigin(origin, request)) {
            chain.doFilter(request, response);
            return;
        }
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        String detail;
        try {
            LocaleContextHolder.setLocale(request.getLocale());
            detail = Translations.current(MESSAGE_KEY);
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), java.util.Map.of("type", "urn:onewindow:problem:cross-origin",
                "title", "Forbidden", "status", 403, "detail", detail));
    }

    private boolean sameOrigin(String origin, HttpServletRequest request) {
        String normalized;
        try {
            // "null" (a sandboxed frame, a redirect across sites) and anything unparseable is another site.
            normalized = origin(URI.create(origin.trim()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        String own = origin(
                URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()));
        return normalized.equals(own) || normalized.equals(publicOrigin);
    }

    /** scheme://host[:port], lower case, without the scheme's default port. */
    private static String origin(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "";
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
