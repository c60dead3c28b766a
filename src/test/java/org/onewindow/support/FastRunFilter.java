package org.onewindow.support;

import java.util.Optional;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Keeps the fast run ({@code ./mvnw test}) fast also when a developer names tests with {@code -Dtest=...}, which
 * makes Surefire drop the excludes of pom.xml: with {@value #FAST_RUN} set (Surefire sets it) PostgreSQL,
 * multi-node, crash and browser tests are left to Failsafe ({@code ./mvnw verify}). The same names as the pom's
 * Surefire excludes, so that a new {@code *PostgresIntegrationTest} lands in the full run by its name alone.
 */
public final class FastRunFilter implements PostDiscoveryFilter {

    static final String FAST_RUN = "onewindow.tests.fast-run";

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!Boolean.getBoolean(FAST_RUN)) {
            return FilterResult.included("full run");
        }
        return className(descriptor.getSource())
                .filter(FastRunFilter::belongsToFullRun)
                .map(name -> FilterResult.excluded(name + " runs in the full run (Failsafe: ./mvnw verify)"))
                .orElseGet(() -> FilterResult.included("fast run"));
    }

    static boolean belongsToFullRun(String className) {
        return className.endsWith("PostgresIntegrationTest") || className.endsWith("IT")
                || className.startsWith("org.onewindow.cluster.") || className.startsWith("org.onewindow.resilience.");
    }

    private static Optional<String> className(Optional<TestSource> source) {
        return source.map(s -> s instanceof ClassSource c ? c.getClassName()
                : s instanceof MethodSource m ? m.getClassName() : null);
    }
}
