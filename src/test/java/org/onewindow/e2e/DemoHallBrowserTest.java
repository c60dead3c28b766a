package org.onewindow.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browser test against the demo hall on its own in-memory database. Every class with this annotation shares
 * one server (Spring keeps the context between classes of the same configuration), so the browser tests of the
 * sign-in and of accessibility boot the application once; each class holds its own {@link BrowserSession}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:onewindow-browser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "onewindow.demo.enabled=true" })
@interface DemoHallBrowserTest {
}
