package org.onewindow.notification.internal;

import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.OutboxMessage;
import org.springframework.stereotype.Component;

@Component
class SmsSender implements MessageSender {

    private final SmsGateway gateway;

    SmsSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public MessageChannel channel() {
        return MessageChannel.SMS;
    }

    @Override
    public void send(OutboxMessage message) throws Exception {
        gateway.send(message.recipient(), message.body());
    }
}
