package org.onewindow.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.notification.DispatchState;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.MessageStatus;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

/**
 * The administrators' outbox in both languages: statuses, channels and purposes by name, dates per language, and each
 * message's text as the service masked it ({@code CitizenMessagesTest} checks the masking).
 */
class OutboxViewTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-28T07:05:00Z");
    // As the service gives it: the citizen's mobile masked, the survey token cut out of the link.
    private static final String SMS_TEXT = "【县政务服务中心】您的办件OW-20261128-00001已受理，改用139****5678联系。"
            + "请评价：https://hall.example.gov.cn/survey/…";
    private final NotificationService notifications = mock(NotificationService.class);
    private final HallDates dates = new HallDates(Clock.fixed(WRITTEN, ZoneId.of("Asia/Shanghai")));

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        List<OutboxMessage> messages = List.of(
                new OutboxMessage(7, MessageChannel.SMS, "13800138000", null, SMS_TEXT, "OW-20261128-00001",
                        "CASE_ACCEPTED", MessageStatus.SENT, 1, WRITTEN, null, WRITTEN, WRITTEN.plusSeconds(60)),
                new OutboxMessage(8, MessageChannel.EMAIL, "amr.head@hall.example.gov.cn",
                        "Overdue: Review of case OW-20261128-00001",
                        "The step Review of case OW-20261128-00001 is overdue and nobody has claimed it.",
                        "OW-20261128-00001", "SOMETHING_NEW", MessageStatus.PENDING, 2, WRITTEN.plusSeconds(3600),
                        "gateway answered 503", WRITTEN, null));
        when(notifications.messages(any(), any())).thenAnswer(call -> {
            PageRequest page = call.getArgument(1);
            return messages.stream().skip(page.offset()).limit(page.limit()).toList();
        });
        when(notifications.countMessages(any())).thenReturn(2L);
        when(notifications.dispatchState()).thenReturn(new DispatchState(false, null, null));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void outboxInEnglish() {
        OutboxView view = open(Translations.ENGLISH);

        assertThat(view.getPageTitle()).isEqualTo("Outbox | OneWindow");
        assertThat(GridKt._getFormatted(view.grid, 0, "written")).isEqualTo("Nov 28, 2026, 3:05 PM");
        assertThat(GridKt._getFormatted(view.grid, 0, "channel")).isEqualTo("SMS");
        assertThat(GridKt._getFormatted(view.grid, 0, "to")).isEqualTo("138****8000");
        assertThat(GridKt._getFormatted(view.grid, 0, "purpose")).isEqualTo("Case accepted");
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("Sent (1)");
        assertThat(GridKt._getFormatted(view.grid, 0, "when")).isEqualTo("sent Nov 28, 2026, 3:06 PM");
        // A purpose this screen has no text for shows its code.
        assertThat(GridKt._getFormatted(view.grid, 1, "purpose")).isEqualTo("SOMETHING_NEW");
        assertThat(GridKt._getFormatted(view.grid, 1, "when")).isEqualTo("next Nov 28, 2026, 4:05 PM");
    }

    @Test
    void theMessagesTextIsShownAsTheServiceMaskedIt() {
        OutboxView view = open(Translations.ENGLISH);

        assertThat(view.grid.getColumnByKey("text").getHeaderText()).isEqualTo("Message");
        assertThat(GridKt._getFormatted(view.grid, 0, "text")).isEqualTo(SMS_TEXT);
        assertThat(view.grid.getColumnByKey("text").getTooltipGenerator().apply(GridKt._get(view.grid, 0)))
                .isEqualTo(SMS_TEXT);
        // An e-mail reads as a mail program lists it: its subject, then its text.
        assertThat(GridKt._getFormatted(view.grid, 1, "text")).isEqualTo("Overdue: Review of case OW-20261128-00001"
                + " — The step Review of case OW-20261128-00001 is overdue and nobody has claimed it.");
        // The error's tooltip is the error, not the text a second time.
        assertThat(view.grid.getColumnByKey("lastError").getTooltipGenerator().apply(GridKt._get(view.grid, 1)))
                .isEqualTo("gateway answered 503");
        assertThat(open(Translations.CHINESE).grid.getColumnByKey("text").getHeaderText()).isEqualTo("消息内容");
    }

    @Test
    void outboxInChinese() {
        OutboxView view = open(Translations.CHINESE);

        assertThat(view.getPageTitle()).isEqualTo("消息发件箱 | 一窗通办");
        assertThat(view.status.getLabel()).isEqualTo("状态");
        assertThat(GridKt._getFormatted(view.grid, 0, "written")).isEqualTo("2026年11月28日 15:05");
        assertThat(GridKt._getFormatted(view.grid, 0, "channel")).isEqualTo("短信");
        assertThat(GridKt._getFormatted(view.grid, 0, "purpose")).isEqualTo("受理通知");
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("已发送（已尝试1次）");
        assertThat(GridKt._getFormatted(view.grid, 0, "when")).isEqualTo("已于2026年11月28日 15:06发送");
        assertThat(GridKt._getFormatted(view.grid, 1, "channel")).isEqualTo("电子邮件");
        assertThat(GridKt._getFormatted(view.grid, 1, "when")).isEqualTo("下次尝试：2026年11月28日 16:05");
    }

    @Test
    void whileSendingIsPausedThePendingMessagesShowWithTheReleaseAction() {
        when(notifications.dispatchState()).thenReturn(new DispatchState(true, WRITTEN, "paused-at-start of node1"));
        OutboxView view = open(Translations.ENGLISH);

        assertThat(view.paused.isVisible()).isTrue();
        assertThat(view.paused.getText()).isEqualTo("Sending of SMS and e-mail is paused on every node since "
                + "Nov 28, 2026, 3:05 PM (paused-at-start of node1); 2 messages are waiting. Check the pending messages "
                + "below, then release them.");
        assertThat(view.status.getValue()).isEqualTo(MessageStatus.PENDING);
        GridKt._get(view.grid, 0);
        verify(notifications).messages(eq(MessageStatus.PENDING), any());

        when(notifications.dispatchState()).thenReturn(new DispatchState(false, WRITTEN, "admin"));
        ButtonKt._click(view.release);

        verify(notifications).releaseDispatch();
        assertThat(view.release.getParent().orElseThrow().isVisible()).as("the pause bar").isFalse();
    }

    @Test
    void whileSendingIsPausedChineseReadersSeeItInChinese() {
        when(notifications.dispatchState()).thenReturn(new DispatchState(true, WRITTEN, "paused-at-start of node1"));
        OutboxView view = open(Translations.CHINESE);

        assertThat(view.paused.getText()).isEqualTo("自2026年11月28日 15:05起所有节点已暂停发送短信和电子邮件"
                + "（paused-at-start of node1）；2条消息待发送。请先核对下方待发送的消息，再恢复发送。");
        assertThat(view.release.getText()).isEqualTo("恢复发送");
    }

    @Test
    void whileSendingRunsNoPauseIsShown() {
        OutboxView view = open(Translations.ENGLISH);

        assertThat(view.release.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.status.getValue()).isNull();
    }

    @Test
    void everyStatusChannelAndNamedPurposeHasATextInBothLanguages() {
        for (Locale locale : Translations.LOCALES) {
            OutboxView view = open(locale);
            for (MessageStatus status : MessageStatus.values()) {
                assertThat(view.statusLabel(status)).doesNotStartWith("!").isNotEqualTo(status.name());
            }
            for (MessageChannel channel : MessageChannel.values()) {
                assertThat(view.channelLabel(channel)).doesNotStartWith("!");
            }
            for (String purpose : OutboxView.NAMED_PURPOSES) {
                assertThat(view.purposeLabel(purpose)).doesNotStartWith("!").isNotEqualTo(purpose);
            }
            assertThat(view.getElement().getTextRecursively()).doesNotContain("!");
        }
    }

    private OutboxView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().removeAll();
        OutboxView view = new OutboxView(notifications, dates);
        UI.getCurrent().add(view);
        return view;
    }
}
