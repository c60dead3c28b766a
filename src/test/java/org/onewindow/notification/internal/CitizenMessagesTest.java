package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.onewindow.notification.CitizenMessage;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.MessageStatus;
import org.onewindow.notification.OutboxMessage;

/**
 * Messages to citizens as staff screens (the citizen file, the administrators' outbox) show them: the numbers masked,
 * the survey token cut out of the link.
 */
class CitizenMessagesTest {

    private static final Instant AT = Instant.parse("2026-11-28T07:05:00Z");

    @Test
    void theSurveyTokenIsCutOutAndTheNumberMasked() {
        CitizenMessage shown = DefaultNotificationService.forScreens(sms(
                "【县政务服务中心】您的办件OW-20261128-00042已办结。请评价：https://hall.example.gov.cn/survey/AbCdEfGhIjKlMnOpQrSt_-。"));
        assertThat(shown.body()).isEqualTo(
                "【县政务服务中心】您的办件OW-20261128-00042已办结。请评价：https://hall.example.gov.cn/survey/…。");
        assertThat(shown.maskedRecipient()).isEqualTo("139****5678");
        assertThat(shown.purpose()).isEqualTo("CASE_CLOSED");
    }

    @Test
    void linksWithoutASecretStayAsTheyAre() {
        String text = "[County Service Hall] Case OW-20261128-00042 accepted, due Dec 2, 2026. Follow it at "
                + "http://localhost:8080/progress?case=OW-20261128-00042";
        assertThat(DefaultNotificationService.forScreens(sms(text)).body()).isEqualTo(text);
    }

    @Test
    void administratorsReadTheOutboxWithTheSameMasking() {
        OutboxMessage shown = DefaultNotificationService.forAdministrators(sms(
                "【县政务服务中心】办件OW-20261128-00042已撤回：申请人改用13912345678联系。请评价：https://hall.example.gov.cn/survey/AbCdEfGhIjKlMnOpQrSt_-"));
        assertThat(shown.body()).isEqualTo(
                "【县政务服务中心】办件OW-20261128-00042已撤回：申请人改用139****5678联系。请评价：https://hall.example.gov.cn/survey/…");
        assertThat(shown).usingRecursiveComparison().ignoringFields("body")
                .isEqualTo(sms("any"));
    }

    @Test
    void anIdNumberInACitizensMessageIsMasked() {
        assertThat(
                DefaultNotificationService.forScreens(sms("Case withdrawn: ID 11010519491231002X was wrong.")).body())
                .isEqualTo("Case withdrawn: ID 110***********002X was wrong.");
    }

    private static OutboxMessage sms(String body) {
        return new OutboxMessage(1, MessageChannel.SMS, "13912345678", null, body, "OW-20261128-00042", "CASE_CLOSED",
                MessageStatus.SENT, 1, AT, null, AT, AT);
    }
}
