package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onewindow.casework.StepEscalated;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.CaseRegistered;
import org.onewindow.intake.CaseWithdrawn;
import org.onewindow.intake.Channel;
import org.onewindow.intake.CaseContact;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.MaterialsRequested;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PublicSite;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

/** Each message to a citizen in the language they chose at the window, each e-mail in its reader's. */
class CaseMessagesTest {

    private static final String CHINESE_CASE = "OW-20261128-00001";
    private static final String ENGLISH_CASE = "OW-20261128-00002";
    // The end of 2 December 2026 in the hall (Asia/Shanghai).
    private static final Instant DUE = Instant.parse("2026-12-02T15:59:59Z");

    private final NotificationService notifications = mock(NotificationService.class);
    private final CaseContactService intake = mock(CaseContactService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private final CaseMessages messages = new CaseMessages(notifications, intake, directory,
            new PublicSite("https://hall.example.gov.cn"),
            Clock.fixed(Instant.parse("2026-11-28T07:00:00Z"), ZoneId.of("Asia/Shanghai")));

    CaseMessagesTest() {
        when(intake.citizenLanguage(CHINESE_CASE)).thenReturn(Translations.CHINESE);
        when(intake.citizenLanguage(ENGLISH_CASE)).thenReturn(Translations.ENGLISH);
        when(intake.caseContact(CHINESE_CASE))
                .thenReturn(Optional.of(new CaseContact("13800138000", null, Translations.CHINESE)));
        when(intake.caseContact(ENGLISH_CASE))
                .thenReturn(Optional.of(new CaseContact("13800138000", null, Translations.ENGLISH)));
    }

    @Test
    void aCaseWithAnEmailAndNoMobileIsWrittenToByEmailAndOneWithNeitherNotAtAll() {
        when(intake.caseContact(ENGLISH_CASE))
                .thenReturn(Optional.of(new CaseContact(null, "anna@example.org", Translations.ENGLISH)));
        when(intake.caseContact(CHINESE_CASE))
                .thenReturn(Optional.of(new CaseContact(null, null, Translations.CHINESE)));
        messages.on(registered(ENGLISH_CASE, Channel.ONLINE));
        messages.on(registered(CHINESE_CASE, Channel.ONLINE));

        assertThat(sent()).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(MessageChannel.EMAIL);
            assertThat(message.recipient()).isEqualTo("anna@example.org");
            assertThat(message.subject()).isEqualTo("[County Service Hall] Your case " + ENGLISH_CASE);
            assertThat(message.body()).startsWith("[County Service Hall] Your online request " + ENGLISH_CASE);
        });
    }

    @Test
    void acceptanceAtTheWindow() {
        messages.on(registered(CHINESE_CASE, Channel.WINDOW));
        messages.on(registered(ENGLISH_CASE, Channel.WINDOW));

        assertThat(sent()).extracting(OutboundMessage::body).containsExactly(
                "【县政务服务中心】您的办件OW-20261128-00001已受理，承诺于2026年12月2日前办结。可凭受理回执上的查询码在网上查询办理进度："
                        + "https://hall.example.gov.cn/progress?case=OW-20261128-00001",
                "[County Service Hall] Your case OW-20261128-00002 was accepted and will be decided by Dec 2, 2026. "
                        + "Follow it online with the lookup code on your receipt: "
                        + "https://hall.example.gov.cn/progress?case=OW-20261128-00002");
    }

    @Test
    void onlineRequestRegistered() {
        messages.on(registered(CHINESE_CASE, Channel.ONLINE));
        messages.on(registered(ENGLISH_CASE, Channel.ONLINE));

        assertThat(sent()).extracting(OutboundMessage::body).containsExactly(
                "【县政务服务中心】您的网上申请OW-20261128-00001已登记，承诺于2026年12月2日前办结。请携带所需材料到任一窗口办理受理审核。",
                "[County Service Hall] Your online request OW-20261128-00002 was registered and will be decided by "
                        + "Dec 2, 2026. Please bring the required materials to any window for the acceptance review.");
    }

    @Test
    void materialsMissing() {
        List<String> missing = List.of("Recent photo", "Household register");
        messages.on(new MaterialsRequested(CHINESE_CASE, "Social security card application", missing, DUE));
        messages.on(new MaterialsRequested(ENGLISH_CASE, "Social security card application", missing, DUE));

        assertThat(sent()).extracting(OutboundMessage::body).containsExactly(
                "【县政务服务中心】您的办件OW-20261128-00001（Social security card application）需补齐补正以下材料："
                        + "Recent photo；Household register。请于2026年12月2日前提交，补正期间暂停计算办理时限。",
                "[County Service Hall] Case OW-20261128-00002 (Social security card application) needs: Recent photo; "
                        + "Household register. Please bring them by Dec 2, 2026; the time limit stops until then.");
    }

    @Test
    void materialsMissingNamesTheItemAndMaterialsInTheCitizensLanguageWhateverTheClerksScreen() {
        // The notice is issued from a clerk's screen, whose request has a language of its own.
        for (Locale clerks : Translations.LOCALES) {
            LocaleContextHolder.setLocale(clerks);
            try {
                messages.on(new MaterialsRequested(CHINESE_CASE, "社会保障卡补换", List.of("近期照片"), DUE,
                        "Social security card application", List.of("Recent photo")));
                messages.on(new MaterialsRequested(ENGLISH_CASE, "社会保障卡补换", List.of("近期照片"), DUE,
                        "Social security card application", List.of("Recent photo")));
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }

        List<String> bodies = sent().stream().map(OutboundMessage::body).toList();
        assertThat(bodies).hasSize(4);
        assertThat(bodies.get(0)).contains("（社会保障卡补换）", "近期照片").doesNotContain("Social", "Recent");
        assertThat(bodies.get(1)).contains("(Social security card application)", "Recent photo")
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(bodies.subList(2, 4)).isEqualTo(bodies.subList(0, 2));
    }

    @Test
    void withdrawn() {
        messages.on(new CaseWithdrawn(CHINESE_CASE, "HRSS-001", "材料未在30个工作日内补齐。", DUE));
        messages.on(
                new CaseWithdrawn(ENGLISH_CASE, "HRSS-001", "The materials did not come within 30 working days.", DUE));

        assertThat(sent()).allSatisfy(message -> assertThat(message.purpose()).isEqualTo("CASE_WITHDRAWN"))
                .extracting(OutboundMessage::body).containsExactly(
                        "【县政务服务中心】您的办件OW-20261128-00001已撤回：材料未在30个工作日内补齐。 您可到任一窗口重新申请。",
                        "[County Service Hall] Case OW-20261128-00002 was withdrawn: The materials did not come within "
                                + "30 working days. You may apply again at any window.");
    }

    @Test
    void escalationGoesToEachHeadInTheirOwnLanguage() {
        when(directory.membersOf("AMR")).thenReturn(List.of(
                head("amr.head", "amr.head@hall.example.gov.cn", Translations.CHINESE),
                head("amr.deputy", "amr.deputy@hall.example.gov.cn", Translations.ENGLISH),
                new StaffMember("amr.worker", "Worker", Set.of(AppRoles.CASE_WORKER), Set.of("AMR"), true,
                        "amr.worker@hall.example.gov.cn", Translations.ENGLISH)));

        when(directory.staff("amr.worker")).thenReturn(java.util.Optional.of(new StaffMember("amr.worker", "王芳",
                Set.of(AppRoles.CASE_WORKER), Set.of("AMR"), true, null, Translations.CHINESE, "Wang Fang", null)));
        // The step is named in each head's language from its task key; without a key, by the process's name; the
        // worker holding it by their name in the head's language.
        messages.on(new StepEscalated(CHINESE_CASE, "Review by the lead department", "AMR", null,
                "user_task_review_by_lead_department"));
        messages.on(new StepEscalated(ENGLISH_CASE, "Review by the lead department", "AMR", "amr.worker"));

        assertThat(sent()).extracting(OutboundMessage::channel, OutboundMessage::recipient, OutboundMessage::subject,
                OutboundMessage::body).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MessageChannel.EMAIL, "amr.head@hall.example.gov.cn",
                                "超期提醒：办件OW-20261128-00001的“牵头部门审查”环节",
                                "办件OW-20261128-00001的“牵头部门审查”环节已超期，且尚无人认领。"
                                        + "请登录一窗通办，在“超期督办”中重新分派。"),
                        org.assertj.core.groups.Tuple.tuple(MessageChannel.EMAIL, "amr.deputy@hall.example.gov.cn",
                                "Overdue: Review by lead department of case OW-20261128-00001",
                                "The step Review by lead department of case OW-20261128-00001 is overdue and nobody "
                                        + "has claimed it. Open Escalations in OneWindow to reassign it."),
                        org.assertj.core.groups.Tuple.tuple(MessageChannel.EMAIL, "amr.head@hall.example.gov.cn",
                                "超期提醒：办件OW-20261128-00002的“Review by the lead department”环节",
                                "办件OW-20261128-00002的“Review by the lead department”环节已超期，当前经办人：王芳。"
                                        + "请登录一窗通办，在“超期督办”中重新分派。"),
                        org.assertj.core.groups.Tuple.tuple(MessageChannel.EMAIL, "amr.deputy@hall.example.gov.cn",
                                "Overdue: Review by the lead department of case OW-20261128-00002",
                                "The step Review by the lead department of case OW-20261128-00002 is overdue with "
                                        + "Wang Fang. Open Escalations in OneWindow to reassign it."));
    }

    private static StaffMember head(String username, String email, java.util.Locale language) {
        return new StaffMember(username, username, Set.of(AppRoles.DEPT_HEAD), Set.of("AMR"), true, email, language);
    }

    private static CaseRegistered registered(String caseNumber, Channel channel) {
        return new CaseRegistered(caseNumber, "HRSS-001", "HRSS", List.of(), DUE, "frontdesk", "PERSON", "110105",
                channel);
    }

    private List<OutboundMessage> sent() {
        ArgumentCaptor<OutboundMessage> captor = ArgumentCaptor.forClass(OutboundMessage.class);
        verify(notifications, org.mockito.Mockito.atLeastOnce()).enqueue(captor.capture());
        return captor.getAllValues();
    }
}
