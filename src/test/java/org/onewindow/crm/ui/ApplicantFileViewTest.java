package org.onewindow.crm.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
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
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.crm.AccessReason;
import org.onewindow.crm.AccessReasonField;
import org.onewindow.crm.ApplicantFile;
import org.onewindow.crm.ApplicantFileService;
import org.onewindow.crm.FileAccess;
import org.onewindow.crm.FileAccessRecord;
import org.onewindow.crm.FileAction;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.AgentRole;
import org.onewindow.intake.ApplicantChange;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantSummary;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.Region;
import org.onewindow.intake.Segments;
import org.onewindow.notification.CitizenMessage;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.MessageStatus;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorScore;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.RectificationSummary;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The applicant file and the search as each reader meets them, in both languages and without a raw key. */
class ApplicantFileViewTest {

    // 28 November 2026, 15:05 in the hall.
    private static final Instant ACCEPTED = Instant.parse("2026-11-28T07:05:00Z");
    private static final Instant OPENED = Instant.parse("2026-12-01T02:30:00Z");
    private static final ApplicantRef PERSON = new ApplicantRef(ApplicantType.PERSON, 12);
    private static final ApplicantRef ENTERPRISE = new ApplicantRef(ApplicantType.ENTERPRISE, 3);
    private static final ApplicantSummary ZHAO = new ApplicantSummary(PERSON, "Zhao Lan", IdType.RESIDENT_ID,
            "320***********002X", "138****8000", "徐州市泉山区解放南路18号", new Region("320311", "泉山区", "Quanshan District"),
            Translations.CHINESE, ACCEPTED, List.of(new ApplicantSummary.Relation(ENTERPRISE, "徐州云龙商贸有限公司",
                    "913***********123X", AgentRole.AGENT, 2, ACCEPTED)));
    private static final CaseDetails OWN = new CaseDetails("OW-20261128-00042", "HRSS-001",
            "Social security card application", "HRSS", List.of(), "Zhao Lan", "320***********002X", "138****8000",
            Channel.WINDOW, CaseStatus.CLOSED, List.of(), null, "frontdesk", ACCEPTED, ACCEPTED, OPENED, null, null);
    private static final CaseDetails FOR_ENTERPRISE = new CaseDetails("OW-20261130-00007", "AMR-003",
            "Company establishment registration", "AMR", List.of("PSB"), "Zhao Lan", "320***********002X",
            "138****8000",
            Channel.WINDOW, CaseStatus.WAITING_FOR_MATERIALS, List.of(), null, "frontdesk", ACCEPTED, OPENED, null,
            null,
            null, null, ENTERPRISE, "徐州云龙商贸有限公司", AgentRole.AGENT,
            new Segments(ApplicantType.ENTERPRISE, null, "320300", Channel.WINDOW, true));
    private static final CitizenMessage SMS = new CitizenMessage(7, "OW-20261130-00007", MessageChannel.SMS,
            "138****8000", "【县政务服务中心】请补交材料。", "MATERIALS_MISSING", MessageStatus.SENT, ACCEPTED, ACCEPTED);
    private static final MaterialsNotice NOTICE = new MaterialsNotice(5, "OW-20261130-00007",
            "Company establishment registration", "Zhao Lan", "Acceptance review",
            List.of("Articles of association", "Proof of registered address"), null, "frontdesk", ACCEPTED, OPENED,
            null);
    private static final RectificationSummary RECTIFICATION = new RectificationSummary("OW-20261128-00042",
            "社会保障卡申领", "HRSS", RectificationStage.VERIFYING, ACCEPTED, ACCEPTED, true,
            "Social security card application");
    private static final CitizenReview REVIEW = new CitizenReview(Rating.VERY_DISSATISFIED,
            List.of(new IndicatorScore(new Indicator("EFFICIENCY", "服务效率", "Service efficiency"), 2),
                    new IndicatorScore(new Indicator("ATTITUDE", "服务态度", "Staff attitude"), 1)),
            3, "Nobody explained anything.", AnswerChannel.LINK, null, ACCEPTED, false, null,
            org.onewindow.satisfaction.EvaluationChannel.SMS, 1);

    private final ApplicantFileService files = mock(ApplicantFileService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private final HallDates dates = new HallDates(Clock.fixed(OPENED, ZoneId.of("Asia/Shanghai")));

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("org.onewindow.crm.ui"));
        when(directory.departmentName(any())).thenAnswer(call -> "Dept " + call.getArgument(0));
        when(directory.staff("manager")).thenReturn(Optional.of(new StaffMember("manager", "Director Gao",
                java.util.Set.of("MANAGER"), java.util.Set.of("HALL"), true)));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void frontDeskReadsTheFileInEnglishWithoutAnswersOrLog() {
        when(files.access(PERSON)).thenReturn(FileAccess.GRANTED);
        when(files.open(PERSON, AccessReason.NONE)).thenReturn(file(Map.of(), true, false));
        ApplicantFileView view = open(Translations.ENGLISH);

        assertThat(view.getPageTitle()).isEqualTo("Applicant file | OneWindow");
        String header = text("file-applicant");
        assertThat(header).contains("Zhao Lan", "Person", "ID number: 320***********002X", "Mobile: 138****8000",
                "Address: 徐州市泉山区解放南路18号", "District: Quanshan District (320311)", "Messages in: Chinese",
                "First seen: Nov 28, 2026", "Acts for", "徐州云龙商贸有限公司",
                "(913***********123X) · authorised agent · 2 cases, latest Nov 28, 2026");
        assertThat(text("file-audit-note"))
                .isEqualTo("Opening this file was recorded in the audit log on Dec 1, 2026, 10:30 AM.");
        Grid<?> cases = grid("file-cases");
        assertThat(GridKt._getFormatted(cases, 0, "item")).isEqualTo("Company establishment registration");
        assertThat(GridKt._getFormatted(cases, 0, "status")).isEqualTo("Waiting for materials");
        assertThat(GridKt._getFormatted(cases, 0, "capacity")).isEqualTo("for 徐州云龙商贸有限公司 (authorised agent)");
        assertThat(GridKt._getFormatted(cases, 1, "capacity")).isEqualTo("themselves, at the window");
        assertThat(GridKt._getFormatted(cases, 1, "department")).isEqualTo("Dept HRSS");
        assertThat(GridKt._getFormatted(cases, 1, "closed")).isEqualTo("Dec 1, 2026");
        assertThat(GridKt._getFormatted(grid("file-messages-grid"), 0, "purpose")).isEqualTo("Materials missing");
        assertThat(GridKt._getFormatted(grid("file-messages-grid"), 0, "to")).isEqualTo("138****8000");
        assertThat(GridKt._getFormatted(grid("file-messages-grid"), 0, "status")).isEqualTo("Sent");
        assertThat(GridKt._getFormatted(grid("file-notices-grid"), 0, "missing"))
                .isEqualTo("Articles of association; Proof of registered address");
        assertThat(GridKt._getFormatted(grid("file-notices-grid"), 0, "resolved")).isEqualTo("still missing");
        assertThat(GridKt._getFormatted(grid("file-rectifications-grid"), 0, "stage")).isEqualTo("To verify");
        assertThat(GridKt._getFormatted(grid("file-rectifications-grid"), 0, "item"))
                .isEqualTo("Social security card application");
        assertThat(GridKt._getFormatted(grid("file-rectifications-grid"), 0, "due"))
                .isEqualTo("Nov 28, 2026 (overdue)");
        assertThat(_find(Div.class, spec -> spec.withId("file-reviews"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("file-access-log"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("file-reveal")).getText()).isEqualTo("Reveal ID number");
        assertNoRawKeys(view);
    }

    @Test
    void managerReadsTheFileInChineseWithTheAnswersAndTheAccessLog() {
        when(files.access(PERSON)).thenReturn(FileAccess.REASON_REQUIRED);
        when(files.open(PERSON, new AccessReason("群众投诉，核查办理情况")))
                .thenReturn(file(Map.of(OWN.caseNumber(), List.of(REVIEW)), true, true));
        when(files.accessLog(PERSON)).thenReturn(List.of(
                new FileAccessRecord(2, "manager", PERSON, FileAction.OPEN, OPENED, "群众投诉，核查办理情况"),
                new FileAccessRecord(1, "hrss.worker", PERSON, FileAction.OPEN, ACCEPTED, null),
                new FileAccessRecord(0, "frontdesk", PERSON, FileAction.REVEAL_MOBILE, ACCEPTED, null)));
        ApplicantFileView view = open(Translations.CHINESE);

        assertThat(view.getPageTitle()).isEqualTo("申请人档案 | 一窗通办");
        assertThat(view.getElement().getTextRecursively()).contains("您没有该申请人的在办办件");
        assertThat(_get(TextArea.class, spec -> spec.withId("file-reason")).getLabel()).isEqualTo("查阅理由");
        _get(TextArea.class, spec -> spec.withId("file-reason")).setValue("群众投诉，核查办理情况");
        _click(_get(Button.class, spec -> spec.withId("file-open")));

        assertThat(text("file-applicant")).contains("个人", "证件号码: 320***********002X", "所在地区: 泉山区 (320311)",
                "短信语言: 中文", "首次办事: 2026年11月28日", "代为办理的企业",
                "（913***********123X）· 委托代理人 · 2件，最近一次2026年11月28日");
        Grid<?> cases = grid("file-cases");
        assertThat(GridKt._getFormatted(cases, 0, "status")).isEqualTo("待补正材料");
        assertThat(GridKt._getFormatted(cases, 0, "capacity")).isEqualTo("代徐州云龙商贸有限公司办理（委托代理人）");
        assertThat(GridKt._getFormatted(cases, 1, "capacity")).isEqualTo("本人窗口办理");
        assertThat(GridKt._getFormatted(grid("file-notices-grid"), 0, "missing"))
                .isEqualTo("Articles of association；Proof of registered address");
        assertThat(GridKt._getFormatted(grid("file-rectifications-grid"), 0, "due")).isEqualTo("2026年11月28日（已超期）");
        assertThat(GridKt._getFormatted(grid("file-rectifications-grid"), 0, "item")).isEqualTo("社会保障卡申领");
        assertThat(text("file-reviews")).contains("评价内容", "办件OW-20261128-00042 · Social security card application",
                "评价：非常不满意", "服务效率 2 · 服务态度 1（满分5分） · 跑动3次", "“Nobody explained anything.”",
                "通过短信评价链接评价 · 2026年11月28日 15:05");
        Grid<?> log = grid("file-access-log-grid");
        assertThat(GridKt._getFormatted(log, 0, "viewer")).isEqualTo("Director Gao (manager)");
        assertThat(GridKt._getFormatted(log, 0, "reason")).isEqualTo("群众投诉，核查办理情况");
        assertThat(GridKt._getFormatted(log, 1, "action")).isEqualTo("打开档案");
        assertThat(GridKt._getFormatted(log, 1, "reason")).isEqualTo("（经办在办办件）");
        assertThat(GridKt._getFormatted(log, 2, "action")).isEqualTo("窗口查看完整手机号码");
        assertThat(GridKt._getFormatted(log, 2, "reason")).isEqualTo("（窗口查询）");
        assertNoRawKeys(view);
    }

    @Test
    void aMissingReasonIsShownAtTheField() {
        when(files.access(PERSON)).thenReturn(FileAccess.REASON_REQUIRED);
        when(files.open(eq(PERSON), any(AccessReason.class)))
                .thenThrow(InvalidInputException.of(Map.of(AccessReasonField.REASON,
                        "Say why you open this file: you have no open case of this applicant.")));
        open(Translations.ENGLISH);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("file-reason"));
        assertThat(reason.getLabel()).isEqualTo("Reason for opening the file");
        assertThat(_get(Button.class, spec -> spec.withId("file-open")).getText()).isEqualTo("Open the file");
        _click(_get(Button.class, spec -> spec.withId("file-open")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Say why you open this file: you have no open case of this applicant.");
        assertThat(_find(Grid.class, spec -> spec.withId("file-cases"))).isEmpty();
    }

    @Test
    void aRefusalNoFieldShowsIsSaidInTheFormsMessageLine() {
        when(files.access(PERSON)).thenReturn(FileAccess.REASON_REQUIRED);
        when(files.open(eq(PERSON), any(AccessReason.class)))
                .thenThrow(new InvalidInputException(Map.of("applicant", "This file was merged into another.")));
        open(Translations.ENGLISH);
        _get(TextArea.class, spec -> spec.withId("file-reason")).setValue("Complaint");
        _click(_get(Button.class, spec -> spec.withId("file-open")));
        assertThat(_get(TextArea.class, spec -> spec.withId("file-reason")).isInvalid()).isFalse();
        Paragraph message = _get(Paragraph.class, spec -> spec.withId("file-reason-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("This file was merged into another.");
        verify(files).open(PERSON, new AccessReason("Complaint"));
    }

    @Test
    void aReaderWhoseOpenCaseClosedMeanwhileIsAskedForAReason() {
        when(files.access(PERSON)).thenReturn(FileAccess.GRANTED);
        when(files.open(PERSON, AccessReason.NONE)).thenThrow(InvalidInputException.of(Map.of(AccessReasonField.REASON,
                "Say why you open this file: you have no open case of this applicant.")));
        open(Translations.ENGLISH);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("file-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why you open this file");
        assertThat(_find(Grid.class, spec -> spec.withId("file-cases"))).isEmpty();
    }

    @Test
    void revealingTheNumberAsksForAReasonAndShowsIt() {
        when(files.access(PERSON)).thenReturn(FileAccess.GRANTED);
        when(files.open(PERSON, AccessReason.NONE)).thenReturn(file(Map.of(), true, false));
        when(files.revealIdentifier(PERSON, new AccessReason("")))
                .thenThrow(InvalidInputException.of(Map.of(AccessReasonField.REASON, "Say why.")));
        when(files.revealIdentifier(PERSON, new AccessReason("Copy unreadable"))).thenReturn("32031119850101002X");
        open(Translations.ENGLISH);
        assertThat(_find(Span.class, spec -> spec.withId("file-id-number"))).as("hidden until revealed").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("file-reveal")));
        TextArea why = _get(TextArea.class, spec -> spec.withId("reveal-reason"));
        assertThat(why.getLabel()).isEqualTo("Reason");
        _click(_get(Button.class, spec -> spec.withId("reveal-confirm")));
        assertThat(why.isInvalid()).isTrue();
        assertThat(why.getErrorMessage()).isEqualTo("Say why.");
        why.setValue("Copy unreadable");
        _click(_get(Button.class, spec -> spec.withId("reveal-confirm")));
        Span number = _get(Span.class, spec -> spec.withId("file-id-number"));
        assertThat(number.isVisible()).isTrue();
        assertThat(number.getText()).isEqualTo(" Full number: 32031119850101002X");
        verify(files).revealIdentifier(PERSON, new AccessReason("Copy unreadable"));
    }

    @Test
    void workersWithoutAnOpenCaseAreToldWhyNotAndOthersSeeNoRevealButton() {
        when(files.access(PERSON)).thenReturn(FileAccess.DENIED);
        open(Translations.CHINESE);
        assertThat(text("file-denied")).isEqualTo("您没有经办该申请人的在办办件，无权查阅其档案。");

        when(files.access(PERSON)).thenReturn(FileAccess.GRANTED);
        when(files.open(PERSON, AccessReason.NONE)).thenReturn(file(Map.of(), false, false));
        open(Translations.ENGLISH);
        assertThat(_find(Button.class, spec -> spec.withId("file-reveal"))).isEmpty();

        when(files.open(PERSON, AccessReason.NONE)).thenThrow(new AccessDeniedException("no"));
        open(Translations.ENGLISH);
        assertThat(text("file-denied")).startsWith("You do not work on an open case");
        verify(files, org.mockito.Mockito.times(2)).open(PERSON, AccessReason.NONE);
    }

    @Test
    void searchFindsByNumberAndSaysWhenNobodyHasIt() {
        for (Locale language : Translations.LOCALES) {
            UI.getCurrent().setLocale(language);
            UI.getCurrent().removeAll();
            when(files.search("32031119850101002X")).thenReturn(List.of(ZHAO));
            when(files.search("000")).thenReturn(List.of());
            ApplicantSearchView search = new ApplicantSearchView(files, dates);
            UI.getCurrent().add(search);
            TextField number = _get(TextField.class, spec -> spec.withId("applicant-search"));
            number.setValue("32031119850101002X");
            _click(_get(Button.class, spec -> spec.withId("applicant-search-go")));
            Grid<?> results = search.results;
            assertThat(results.isVisible()).isTrue();
            assertThat(GridKt._getFormatted(results, 0, "identifier")).isEqualTo("320***********002X");
            assertThat(GridKt._getFormatted(results, 0, "type"))
                    .isEqualTo(language.equals(Translations.CHINESE) ? "个人" : "Person");
            number.setValue("000");
            _click(_get(Button.class, spec -> spec.withId("applicant-search-go")));
            assertThat(results.isVisible()).isFalse();
            assertThat(_get(Paragraph.class, spec -> spec.withId("applicant-none")).isVisible()).isTrue();
            if (language.equals(Translations.CHINESE)) {
                assertThat(search.getPageTitle()).isEqualTo("申请人档案 | 一窗通办");
                assertThat(number.getLabel()).isEqualTo("证件号码或统一社会信用代码");
                assertThat(text("applicant-none")).isEqualTo("没有使用该号码的申请人。");
            } else {
                assertThat(search.getPageTitle()).isEqualTo("Applicant files | OneWindow");
                assertThat(number.getLabel()).isEqualTo("ID number or credit code");
                assertThat(text("applicant-none")).isEqualTo("No applicant has this number.");
            }
            assertNoRawKeys(search);
        }
    }

    @Test
    void theCasePageLinksToTheFileOnlyForThoseWhoMayOpenIt() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        when(files.fileOfCase("OW-20261130-00007")).thenReturn(Optional.of(ENTERPRISE));
        when(files.fileOfCase("OW-20261128-00042")).thenReturn(Optional.empty());
        ApplicantFileSection section = new ApplicantFileSection(files);
        Component link = section.section("OW-20261130-00007").orElseThrow();
        UI.getCurrent().add(link);
        com.vaadin.flow.router.RouterLink anchor = _get(com.vaadin.flow.router.RouterLink.class,
                spec -> spec.withId("case-applicant-file"));
        assertThat(anchor.getText()).isEqualTo("申请人档案");
        assertThat(anchor.getHref()).isEqualTo("applicant/enterprise-3");
        assertThat(section.section("OW-20261128-00042")).isEmpty();
    }

    @Test
    void theFileShowsEachChangeOfTheRecordAndWhichCasesDifferFromItOrReachNobody() {
        CaseDetails differs = onlineCase("OW-20261130-00008", "Mallory Impostor", "139****9000", true, true);
        CaseDetails unreachable = onlineCase("OW-20261130-00009", "Zhao Lan", "", false, false);
        List<ApplicantChange> changes = List.of(
                new ApplicantChange(PERSON, ApplicantChange.Field.MOBILE, "138****8000", "139****0001", "frontdesk2",
                        OPENED),
                new ApplicantChange(PERSON, ApplicantChange.Field.ADDRESS, null, "徐州市泉山区解放南路18号", "frontdesk2",
                        OPENED));
        when(files.access(PERSON)).thenReturn(FileAccess.GRANTED);
        when(files.open(PERSON, AccessReason.NONE))
                .thenReturn(new ApplicantFile(ZHAO, List.of(differs, unreachable, OWN), false,
                        List.of(), List.of(), List.of(), Map.of(), true, false, OPENED, changes));

        ApplicantFileView view = open(Translations.ENGLISH);
        Grid<?> history = grid("file-record-changes-grid");
        assertThat(GridKt._getFormatted(history, 0, "at")).isEqualTo("Dec 1, 2026, 10:30 AM");
        assertThat(GridKt._getFormatted(history, 0, "by")).isEqualTo("frontdesk2");
        assertThat(GridKt._getFormatted(history, 0, "field")).isEqualTo("Mobile");
        assertThat(GridKt._getFormatted(history, 0, "old")).isEqualTo("138****8000");
        assertThat(GridKt._getFormatted(history, 0, "new")).isEqualTo("139****0001");
        assertThat(GridKt._getFormatted(history, 1, "old")).isEqualTo("(none)");
        Grid<?> cases = grid("file-cases");
        assertThat(GridKt._getFormatted(cases, 0, "contact"))
                .isEqualTo("Given for this case: Mallory Impostor, 139****9000; differs from the record");
        assertThat(GridKt._getFormatted(cases, 1, "contact")).isEqualTo("No contact: the citizen is not notified");
        assertThat(GridKt._getFormatted(cases, 2, "contact")).isEmpty();
        // An online request is not a visit: it never reads "in person".
        assertThat(GridKt._getFormatted(cases, 1, "capacity")).isEqualTo("themselves, online");
        assertThat(GridKt._getFormatted(cases, 2, "capacity")).isEqualTo("themselves, at the window");
        assertNoRawKeys(view);

        view = open(Translations.CHINESE);
        assertThat(text("file-record-changes")).contains("档案变更记录");
        assertThat(GridKt._getFormatted(grid("file-record-changes-grid"), 0, "field")).isEqualTo("手机号码");
        assertThat(GridKt._getFormatted(grid("file-cases"), 1, "contact")).isEqualTo("无联系方式：不通知申请人");
        assertThat(GridKt._getFormatted(grid("file-cases"), 1, "capacity")).isEqualTo("本人网上申请");
        assertNoRawKeys(view);
    }

    @Test
    void aFileWhoseRecordNeverChangedSaysSo() {
        when(files.access(PERSON)).thenReturn(FileAccess.GRANTED);
        when(files.open(PERSON, AccessReason.NONE)).thenReturn(file(Map.of(), true, false));
        open(Translations.ENGLISH);
        assertThat(text("file-record-changes")).contains("The record has not been changed at the window.");
    }

    private static CaseDetails onlineCase(String number, String name, String maskedMobile, boolean reachable,
            boolean differs) {
        return new CaseDetails(number, "HRSS-001", "Social security card application", "HRSS", List.of(), name,
                "320***********002X", maskedMobile, Channel.ONLINE, CaseStatus.ACCEPTED, List.of(), null,
                "open311:Citizen app", ACCEPTED, OPENED, null, null, null, null, PERSON, null, null,
                new Segments(ApplicantType.PERSON, null, null, Channel.ONLINE, true), reachable, differs);
    }

    private ApplicantFile file(Map<String, List<CitizenReview>> reviews, boolean mayReveal, boolean manager) {
        return new ApplicantFile(ZHAO, List.of(FOR_ENTERPRISE, OWN), false, List.of(SMS), List.of(NOTICE),
                List.of(RECTIFICATION), reviews, mayReveal, manager, OPENED);
    }

    private ApplicantFileView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().removeAll();
        ApplicantFileView view = new ApplicantFileView(files, directory, dates);
        UI.getCurrent().add(view);
        view.show(PERSON);
        return view;
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static Grid<?> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static void assertNoRawKeys(Component root) {
        assertThat(root.getElement().getTextRecursively()).doesNotContain("!crm.", "!intake.", "!notification.",
                "!satisfaction.");
    }
}
