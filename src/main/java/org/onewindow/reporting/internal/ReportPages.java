package org.onewindow.reporting.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the queries of one report page side by side: each is a separate aggregate over different tables, so
 * a page takes about as long as its slowest query instead of their sum (docs/benchmarks.md). The signed-in
 * manager's security context goes along to the worker threads, and so does the request's language, so that a
 * service message made there ({@code Translations.current}) speaks the page's language. Texts of the page itself
 * (charts, exports, diagram notes) are not made there from the thread's state but from a language passed along
 * explicitly ({@link ReportTexts}).
 */
@Component
class ReportPages implements DisposableBean {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final Executor executor;

    ReportPages() {
        pool.setCorePoolSize(4);
        pool.setMaxPoolSize(4);
        pool.setQueueCapacity(200);
        pool.setThreadNamePrefix("report-");
        pool.initialize();
        executor = new DelegatingSecurityContextExecutor(pool);
    }

    <T> CompletableFuture<T> start(Supplier<T> query) {
        LocaleContext language = LocaleContextHolder.getLocaleContext();
        return CompletableFuture.supplyAsync(() -> {
            LocaleContext before = LocaleContextHolder.getLocaleContext();
            LocaleContextHolder.setLocaleContext(language);
            try {
                return query.get();
            } finally {
                LocaleContextHolder.setLocaleContext(before);
            }
        }, executor);
    }

    /** The result, or the query's own exception (e.g. a clear "access denied"), not a wrapper. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
