package org.onewindow.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Development default: writes each SMS to the log instead of sending it. */
@Component
@ConditionalOnProperty(name = "onewindow.notification.sms-gateway", havingValue = "logging", matchIfMissing = true)
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String mobile, String text) {
        log.info("SMS to {}: {}", org.onewindow.shared.IdNumbers.maskPhone(mobile), text);
    }
}
