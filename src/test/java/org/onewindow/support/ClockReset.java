package org.onewindow.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Sets the {@link MutableClock} back to the real time after each test, so that a test which moved it forward (days
 * for a deadline, minutes for a rate limit) leaves the shared context as it found it, failed or not, without every
 * scenario class repeating the same {@code @AfterEach}.
 */
public class ClockReset extends AbstractTestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
    }
}
