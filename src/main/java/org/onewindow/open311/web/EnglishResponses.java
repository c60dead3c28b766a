package org.onewindow.open311.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GeoReport answers are written in English (the specification's field names, our notices and error texts), so
 * the intake's field problems embedded in them are English too, whatever {@code Accept-Language} a client sends:
 * one language per response, for the developers who read them.
 */
@Configuration
class EnglishResponses implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/open311/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // The dispatcher restores the request's own locale context when the request ends.
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        return true;
    }
}
