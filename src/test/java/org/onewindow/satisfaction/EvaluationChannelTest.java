package org.onewindow.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.Channel;

/** Which channel's indicator set an answer belongs to. */
class EvaluationChannelTest {

    @Test
    void theKioskAndAPrintedNoticeAreTheWindows() {
        assertThat(EvaluationChannel.of(AnswerChannel.KIOSK, false, Channel.ONLINE))
                .isEqualTo(EvaluationChannel.WINDOW);
        assertThat(EvaluationChannel.of(AnswerChannel.LINK, true, Channel.WINDOW)).isEqualTo(EvaluationChannel.WINDOW);
        assertThat(EvaluationChannel.of(AnswerChannel.LINK, true, Channel.ONLINE)).isEqualTo(EvaluationChannel.WINDOW);
    }

    @Test
    void anSmsLinkIsTheSmsChannelsOrTheOnlineChannelsForACaseRegisteredOnline() {
        assertThat(EvaluationChannel.of(AnswerChannel.LINK, false, Channel.WINDOW)).isEqualTo(EvaluationChannel.SMS);
        assertThat(EvaluationChannel.of(AnswerChannel.LINK, false, Channel.ONLINE)).isEqualTo(EvaluationChannel.ONLINE);
    }

    @Test
    void thePhoneFollowUpIsThePhones() {
        assertThat(EvaluationChannel.of(AnswerChannel.PHONE, false, Channel.WINDOW)).isEqualTo(EvaluationChannel.PHONE);
    }
}
