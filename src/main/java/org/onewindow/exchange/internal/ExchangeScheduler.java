package org.onewindow.exchange.internal;

import org.onewindow.exchange.ExchangeProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the sender on every node when the exchange is enabled; the claims keep nodes from sending a record twice. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "onewindow.exchange.enabled", havingValue = "true")
class ExchangeScheduler {

    private final ExchangeDispatcher dispatcher;
    private final ExchangeProperties properties;

    ExchangeScheduler(ExchangeDispatcher dispatcher, ExchangeProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${onewindow.exchange.dispatch-interval:5s}", initialDelayString = "10s")
    void dispatch() {
        dispatcher.dispatchDue(properties);
    }
}
