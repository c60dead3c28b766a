package org.onewindow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A Spring integration test on an in-memory H2 database with the demo hall loaded. Every test class with
 * this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:onewindow-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "onewindow.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false",
        "onewindow.notification.scheduler-enabled=false" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface H2IntegrationTest {
}
