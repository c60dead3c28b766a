package org.onewindow.notification.internal;

import java.nio.charset.StandardCharsets;

import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.NotificationProperties;
import org.onewindow.notification.OutboxMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail ({@code spring.mail.*}); without an SMTP host every attempt fails, visibly. Always
 * in UTF-8, whichever mail sender is configured: most staff read their e-mails in Chinese.
 */
@Component
class EmailSender implements MessageSender {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;

    EmailSender(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public MessageChannel channel() {
        return MessageChannel.EMAIL;
    }

    @Override
    public void send(OutboxMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("E-mail is not configured (spring.mail.host).");
        }
        sender.send(mime -> {
            MimeMessageHelper mail = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            mail.setFrom(properties.emailFrom());
            mail.setTo(message.recipient());
            mail.setSubject(message.subject());
            mail.setText(message.body());
        });
    }
}
