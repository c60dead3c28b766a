package org.onewindow.notification.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;

import org.onewindow.notification.DispatcherProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code onewindow.notification.dispatcher.paused-at-start}: pauses sending for the whole cluster while the node
 * starts, before any dispatcher runs (the first dispatch waits 10 s), so that nothing of a restored outbox leaves
 * before an administrator has looked at it.
 */
@Component
class PauseDispatchAtStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PauseDispatchAtStart.class);

    private final DispatchSwitch dispatchSwitch;
    private final DispatcherProperties properties;
    private final Clock clock;
    private final String node;

    PauseDispatchAtStart(DispatchSwitch dispatchSwitch, DispatcherProperties properties, Clock clock,
            @Value("${ONEWINDOW_NODE_NAME:}") String nodeName) {
        this.dispatchSwitch = dispatchSwitch;
        this.properties = properties;
        this.clock = clock;
        this.node = nodeName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeName;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.pausedAtStart()) {
            dispatchSwitch.pause("paused-at-start of " + node, clock.instant());
            log.warn("Sending of SMS and e-mail is paused on every node (onewindow.notification.dispatcher."
                    + "paused-at-start): review the pending messages at /admin/outbox and release them there");
        }
    }
}
