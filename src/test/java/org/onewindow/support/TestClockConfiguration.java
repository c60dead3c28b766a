package org.onewindow.support;

import org.onewindow.shared.HallClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with a {@link MutableClock} in the hall's zone. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock(HallClock hallClock) {
        return new MutableClock(hallClock.hallZone());
    }
}
