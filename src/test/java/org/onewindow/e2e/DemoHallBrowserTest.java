package org.onewindow.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onewindow.support.ContextSecurityStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * A browser test against the demo hall on its own in-memory database. Every class with this annotation shares
 * one server (Spring keeps the context between classes of the same configuration), so the journeys, the scans,
 * the layout, the sign-in and the accessibility checks boot the application once; each class holds its own
 * {@link BrowserSession}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:onewindow-browser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "onewindow.demo.enabled=true" })
// Each context started in this JVM installs its own security strategy globally; the shared server's must be the
// one in force while its tests run, or its own threads (the Camunda webapps' sign-in, method security) see nobody.
@TestExecutionListeners(listeners = ContextSecurityStrategy.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
@interface DemoHallBrowserTest {
}
