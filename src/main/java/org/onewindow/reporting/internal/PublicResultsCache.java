package org.onewindow.reporting.internal;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import org.onewindow.reporting.PublicResults;
import org.onewindow.reporting.PublicResultsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The public results, kept per node and computed again in the background: the page and the hall's screen read
 * only this memory, so they answer in the same few milliseconds with a year of a million evaluations as with ten.
 *
 * <p>Why a cache and not running monthly totals kept in the business transaction: the figures depend on things that
 * change long after an answer is written (an appeal upheld months later excludes a review; a rectification is done
 * on time or not), on the catalog's and directory's names, and on the hall's time zone; totals kept by the
 * satisfaction module would have to follow each of those changes in another module's transactions. Two grouped
 * scans of the current year every few minutes (under a second with a million evaluations on PostgreSQL, see
 * docs/benchmarks.md) cost less and stay right by construction; the page says "as of hh:mm", and nodes that
 * refreshed at different moments differ by at most one refresh interval.
 *
 * <p>The first computation starts right after start-up on the scheduler's thread (start-up does not wait for it);
 * a request that comes before it ends computes the figures itself once. A failed refresh (database away) keeps the
 * last figures.
 */
@Service
@EnableScheduling
class PublicResultsCache implements PublicResultsService {

    private static final Logger log = LoggerFactory.getLogger(PublicResultsCache.class);

    private final PublicResultsQueries queries;
    private final Clock clock;
    private final PublicResultsProperties properties;
    private final AtomicReference<PublicResults> figures = new AtomicReference<>();

    PublicResultsCache(PublicResultsQueries queries, Clock clock, PublicResultsProperties properties) {
        this.queries = queries;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public PublicResults current() {
        PublicResults now = figures.get();
        if (now != null) {
            return now;
        }
        synchronized (this) {
            now = figures.get();
            return now != null ? now : refresh();
        }
    }

    @Override
    public PublicResults refresh() {
        PublicResults computed = queries.compute(clock.instant(), clock.getZone(), properties.minEvaluations());
        figures.set(computed);
        return computed;
    }

    @Scheduled(initialDelayString = "0s", fixedDelayString = "${onewindow.reporting.public-results.refresh-interval:5m}")
    void refreshInBackground() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not refresh the public results; the page keeps those of {}: {}",
                    figures.get() == null ? "none yet" : figures.get().asOf(), e.getMessage());
        }
    }
}
