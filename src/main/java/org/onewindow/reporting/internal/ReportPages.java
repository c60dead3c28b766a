package org.onewindow.reporting.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the queries of one report page side by side: each is a separate aggregate over different tables, so
 * a page takes about as long as its slowest query instead of their sum (docs/benchmarks.md). The signed-in
 * manager's security context goes along to the worker threads.
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
        return CompletableFuture.supplyAsync(query, executor);
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
