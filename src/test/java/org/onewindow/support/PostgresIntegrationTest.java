package org.onewindow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A Spring integration test on the real PostgreSQL server at 127.0.0.1:5432, with the {@code postgres}
 * profile and the same Liquibase changelogs, in a database {@link PostgresTestDatabase} creates afresh once
 * per test run. Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "onewindow.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false",
        "onewindow.notification.scheduler-enabled=false",
        "onewindow.metrics.scrape-token=test-scrape-token-0123456789abcdef",
        "onewindow.exchange.callback-secret=test-province-callback-secret",
        // Read once at startup; tests refresh the business figures when they want them read.
        "onewindow.metrics.refresh-interval=1h" })
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@AutoConfigureMockMvc
// The Prometheus registry as in production (Spring Boot's tests leave metrics export off otherwise).
@AutoConfigureObservability(tracing = false)
@Import(TestClockConfiguration.class)
@TestExecutionListeners(listeners = { ContextSecurityStrategy.class,
        ClockReset.class }, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PostgresIntegrationTest {
}
