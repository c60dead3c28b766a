package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.MessageStatus;
import org.onewindow.notification.NotificationProperties;
import org.onewindow.notification.OutboxMessage;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/** E-mail goes out through SMTP (a GreenMail server here); without SMTP settings the attempt fails visibly. */
class EmailSenderTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private final NotificationProperties properties = new NotificationProperties(Duration.ofSeconds(10), 3,
            Duration.ofSeconds(30), Duration.ofMinutes(2), 50, "logging", null, null, "onewindow@hall.example.gov.cn");

    @Test
    void sendsTheMessageThroughSmtp() throws Exception {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        EmailSender sender = new EmailSender(
                new StaticListableBeanFactory(Map.of("mail", mail)).getBeanProvider(JavaMailSender.class), properties);

        sender.send(message());

        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(received -> {
            assertThat(received.getSubject()).isEqualTo("Overdue: Review of case OW-20261128-00001");
            assertThat(received.getAllRecipients()[0].toString()).isEqualTo("amr.head@hall.example.gov.cn");
        });
    }

    @Test
    void chineseSubjectAndTextArriveIntact() throws Exception {
        // A mail sender without a default encoding, as a deployment may configure one: the e-mail is UTF-8 anyway.
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        EmailSender sender = new EmailSender(
                new StaticListableBeanFactory(Map.of("mail", mail)).getBeanProvider(JavaMailSender.class), properties);

        sender.send(new OutboxMessage(2, MessageChannel.EMAIL, "amr.head@hall.example.gov.cn",
                "超期提醒：办件OW-20261128-00001的“受理审核”环节", "请登录一窗通办，在“超期督办”中重新分派。",
                "OW-20261128-00001", "STEP_ESCALATED", MessageStatus.PENDING, 0, Instant.now(), null, Instant.now(),
                null));

        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(received -> {
            assertThat(received.getSubject()).isEqualTo("超期提醒：办件OW-20261128-00001的“受理审核”环节");
            assertThat(((String) received.getContent()).strip()).isEqualTo("请登录一窗通办，在“超期督办”中重新分派。");
        });
    }

    @Test
    void withoutSmtpSettingsTheAttemptFails() {
        EmailSender sender = new EmailSender(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                properties);
        assertThatThrownBy(() -> sender.send(message())).hasMessageContaining("spring.mail.host");
    }

    private static OutboxMessage message() {
        return new OutboxMessage(1, MessageChannel.EMAIL, "amr.head@hall.example.gov.cn",
                "Overdue: Review of case OW-20261128-00001", "Open Escalations to reassign it.", "OW-20261128-00001",
                "STEP_ESCALATED", MessageStatus.PENDING, 0, Instant.now(), null, Instant.now(), null);
    }
}
