package org.onewindow.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points {@link SecurityContextHolder} at the security context strategy of the test's own application context
 * before each test.
 *
 * <p>Vaadin installs its strategy (a thread-local per instance) globally when a context starts, and method
 * security keeps the instance of its own context. With the H2 and the PostgreSQL contexts cached side by
 * side in one JVM, the context started last would otherwise own the global holder, and the other context's
 * {@code @RolesAllowed} checks would see nobody signed in: which one broke depended on the order the test
 * classes ran in.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
