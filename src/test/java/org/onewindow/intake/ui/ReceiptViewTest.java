package org.onewindow.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.CaseReceiptService;
import org.onewindow.intake.Segments;
import org.onewindow.shared.PublicSite;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The receipt the citizen takes home, printed wholly in the language the citizen chose for the case (texts, dates
 * and names) whatever the clerk's screen shows; only the buttons around it follow the screen.
 */
class ReceiptViewTest {

    private static final String CASE_NUMBER = "OW-20261128-00042";
    // 28 November 2026, 15:05 in the hall; due on 2 December, end of the working day.
    private static final Instant ACCEPTED = Instant.parse("2026-11-28T07:05:00Z");
    private static final Instant DUE = Instant.parse("2026-12-02T15:59:59Z");
    private static final CaseDetails DETAILS = new CaseDetails(CASE_NUMBER, "HRSS-001",
            "Social security card application",
            "HRSS", List.of(), "Zhao Lan", "110***********002X", "138****8000", Channel.WINDOW, CaseStatus.ACCEPTED,
            List.of(new CaseMaterial("Resident ID card", true), new CaseMaterial("Recent photo", false)), null,
            "frontdesk", ACCEPTED, DUE, null, null, null);
    // A case whose citizen chose a language: the catalog names its item and materials in both.
    private static final String BILINGUAL_CASE = "OW-20261128-00043";
    private static final CaseDetails BILINGUAL = new CaseDetails(BILINGUAL_CASE, "HRSS-001", "社会保障卡申领", "HRSS",
            List.of(), "Zhao Lan", "110***********002X", "138****8000", Channel.WINDOW, CaseStatus.ACCEPTED,
            List.of(new CaseMaterial("居民身份证", true, "Resident ID card"),
                    new CaseMaterial("近期照片", false, "Recent photo")),
            null, "frontdesk", ACCEPTED, DUE, null, null, null, null, null, null, null,
            new Segments(ApplicantType.PERSON, null, null, Channel.WINDOW, false), true, false, 2,
            "Social security card application");

    private final CaseReceiptService intake = mock(CaseReceiptService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private final CaseContactService contacts = mock(CaseContactService.class);
    private final CatalogService catalog = mock(CatalogService.class);
    private final HallDates dates = new HallDates(Clock.fixed(ACCEPTED, ZoneId.of("Asia/Shanghai")));

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        when(intake.asAccepted(CASE_NUMBER)).thenReturn(Optional.of(DETAILS));
        when(intake.asAccepted("OW-19990101-00001")).thenReturn(Optional.empty());
        when(intake.asAccepted(BILINGUAL_CASE)).thenReturn(Optional.of(BILINGUAL));
        when(directory.departmentName(any(), any())).thenAnswer(call -> "HRSS".equals(call.getArgument(0))
                && Translations.CHINESE.equals(call.getArgument(1)) ? "人力资源和社会保障局"
                        : "Human Resources and Social Security Bureau");
        when(contacts.citizenLanguage(any())).thenReturn(Translations.CHINESE);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void receiptInEnglish() {
        when(contacts.citizenLanguage(CASE_NUMBER)).thenReturn(Translations.ENGLISH);
        org.onewindow.shared.ui.CodesForPrinting.rememberMinted(DETAILS.caseNumber(), "ABCD2345");
        ReceiptView receipt = open(Translations.ENGLISH, CASE_NUMBER);

        assertThat(receipt.getPageTitle()).isEqualTo("Acceptance receipt | OneWindow");
        assertThat(receipt.getElement().getTextRecursively()).contains("Acceptance receipt",
                "County Government Service Hall", "Lookup code (keep it to follow your case online):",
                "Follow your case online with the case number and the lookup code: ");
        assertThat(list(receipt)).contains("<dt>Case number</dt>", "<dt>Lead department</dt>",
                "Zhao Lan (110***********002X)", "<dt>Due by</dt>", "✔ Resident ID card",
                "✘ Recent photo (not received)")
                .contains("<span id=\"receipt-accepted\">Nov 28, 2026, 3:05 PM</span>")
                .contains("<span id=\"receipt-due-date\">Dec 2, 2026</span>");
        assertThat(_get(receipt, Span.class, spec -> spec.withId("receipt-lookup-code")).getText())
                .isEqualTo("ABCD2345");
        assertThat(_get(receipt, Button.class, spec -> spec.withId("receipt-next")).getText())
                .isEqualTo("Next citizen");
        IntakeViewTest.assertNoRawKeys(receipt);
    }

    @Test
    void aCaseAcceptedAtTheWindowSaysItIsNowWithTheLeadDepartmentInTheCitizensLanguage() {
        CaseDetails complete = new CaseDetails(CASE_NUMBER, "HRSS-001", "Social security card application", "HRSS",
                List.of(), "Zhao Lan", "110***********002X", "138****8000", Channel.WINDOW, CaseStatus.IN_REVIEW,
                List.of(new CaseMaterial("Resident ID card", true), new CaseMaterial("Recent photo", true)), null,
                "frontdesk", ACCEPTED, DUE, null, null, null, null, null, null, null,
                new Segments(ApplicantType.PERSON, null, null, Channel.WINDOW, false), true, false);
        when(intake.asAccepted(CASE_NUMBER)).thenReturn(Optional.of(complete));
        ServiceItem decidedLater = mock(ServiceItem.class);
        when(decidedLater.acceptedOnRegistration(List.of("Resident ID card", "Recent photo"))).thenReturn(true);
        when(catalog.version(eq("HRSS-001"), anyInt())).thenReturn(Optional.of(decidedLater));

        ReceiptView chinese = open(Translations.ENGLISH, CASE_NUMBER);
        assertThat(_get(chinese, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("receipt-now-with")).getText()).isEqualTo("您的申请已在窗口受理，现由人力资源和社会保障局办理。");
        _assertNone(chinese, Div.class, spec -> spec.withId("receipt-next-step"));

        when(contacts.citizenLanguage(CASE_NUMBER)).thenReturn(Translations.ENGLISH);
        ReceiptView english = open(Translations.CHINESE, CASE_NUMBER);
        assertThat(_get(english, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("receipt-now-with")).getText()).isEqualTo(
                        "Your application was accepted at the window and is now with the Human Resources and Social "
                                + "Security Bureau.");

        // Later the case moved on (closed, say): a reprint still says what the original said.
        CaseDetails closed = new CaseDetails(CASE_NUMBER, "HRSS-001", "Social security card application", "HRSS",
                List.of(), "Zhao Lan", "110***********002X", "138****8000", Channel.WINDOW, CaseStatus.CLOSED,
                complete.materials(), null, "frontdesk", ACCEPTED, DUE, null, null, null, null, null, null, null,
                new Segments(ApplicantType.PERSON, null, null, Channel.WINDOW, false), true, false);
        when(intake.asAccepted(CASE_NUMBER)).thenReturn(Optional.of(closed));
        assertThat(_get(open(Translations.CHINESE, CASE_NUMBER, "?reprint"),
                com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("receipt-now-with")).getText()).startsWith("Your application was accepted");
    }

    @Test
    void missingMaterialsLeadTheClerkStraightToTheOneTimeNotice() {
        ReceiptView receipt = open(Translations.ENGLISH, CASE_NUMBER);

        assertThat(receipt.getElement().getTextRecursively()).doesNotContain("is now with");
        Div next = _get(receipt, Div.class, spec -> spec.withId("receipt-next-step"));
        assertThat(next.getClassNames()).contains("no-print");
        assertThat(next.getElement().getTextRecursively()).contains("Materials are missing");
        Button go = _get(receipt, Button.class, spec -> spec.withId("receipt-window-step"));
        assertThat(go.getText()).isEqualTo("Issue the one-time notice");
        // casework's screen stands behind the path; here a stand-in records where the clerk was sent.
        com.vaadin.flow.router.RouteConfiguration.forSessionScope().setRoute(ReceiptView.WINDOW_STEP,
                WindowStepStandIn.class);
        _click(go);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tasks/at-window/" + CASE_NUMBER);
    }

    /** Stands in for {@code casework.ui.WindowStepRedirect}, which intake cannot name. */
    public static class WindowStepStandIn extends Div implements com.vaadin.flow.router.HasUrlParameter<String> {
        @Override
        public void setParameter(com.vaadin.flow.router.BeforeEvent event, String caseNumber) {
            setText(caseNumber);
        }
    }

    @Test
    void anInstantItemLeadsTheClerkStraightToDecidingIt() {
        ServiceItem instant = mock(ServiceItem.class);
        when(instant.kind()).thenReturn(ItemKind.INSTANT);
        when(catalog.version("HRSS-001", 2)).thenReturn(Optional.of(instant));
        when(contacts.citizenLanguage(BILINGUAL_CASE)).thenReturn(Translations.CHINESE);

        ReceiptView receipt = open(Translations.CHINESE, BILINGUAL_CASE);

        assertThat(_get(receipt, Button.class, spec -> spec.withId("receipt-window-step")).getText())
                .isEqualTo("立即办结");
        assertThat(receipt.getElement().getTextRecursively()).doesNotContain("现由");
    }

    @Test
    void aReprintDoesNotLeadAnywhere() {
        _assertNone(open(Translations.ENGLISH, CASE_NUMBER, "?reprint"), Div.class,
                spec -> spec.withId("receipt-next-step"));
    }

    @Test
    void receiptInChinese() {
        ReceiptView receipt = open(Translations.CHINESE, CASE_NUMBER);

        assertThat(receipt.getPageTitle()).isEqualTo("受理回执 | 一窗通办");
        assertThat(receipt.getElement().getTextRecursively()).contains("受理回执", "县政务服务中心",
                "查询码已打印在首次出具的受理回执上。", "凭办件编号和查询码在网上查询办理进度：");
        assertThat(list(receipt)).contains("<dt>办件编号</dt>", "<dt>承办部门</dt>", "<dd>人力资源和社会保障局</dd>",
                "Zhao Lan（110***********002X）",
                "<dt>承诺办结时间</dt>", "✔ Resident ID card", "✘ Recent photo（未提交）")
                .contains("<span id=\"receipt-accepted\">2026年11月28日 15:05</span>")
                .contains("<span id=\"receipt-due-date\">2026年12月2日</span>");
        assertThat(_get(receipt, Button.class, spec -> spec.withId("receipt-print")).getText()).isEqualTo("打印");
        IntakeViewTest.assertNoRawKeys(receipt);
    }

    @Test
    void aChineseClerkPrintsAnEnglishCitizensReceiptWhollyInEnglish() {
        when(contacts.citizenLanguage(BILINGUAL_CASE)).thenReturn(Translations.ENGLISH);
        ReceiptView receipt = open(Translations.CHINESE, BILINGUAL_CASE);

        String paper = _get(receipt, Div.class, spec -> spec.withId("receipt"))
                .getElement().getTextRecursively();
        assertThat(paper).contains("Acceptance receipt", "County Government Service Hall",
                "Follow your case online with the case number and the lookup code: ");
        assertThat(list(receipt)).contains("<dt>Case number</dt>", "<dt>Lead department</dt>",
                "<dd>Human Resources and Social Security Bureau</dd>",
                "Social security card application (item version v2)", "✔ Resident ID card",
                "✘ Recent photo (not received)", "Zhao Lan (110***********002X)")
                .contains("<span id=\"receipt-accepted\">Nov 28, 2026, 3:05 PM</span>")
                .contains("<span id=\"receipt-due-date\">Dec 2, 2026</span>")
                .doesNotContain("承办部门", "人力资源和社会保障局", "社会保障卡申领", "居民身份证", "未提交", "年");
        assertThat(paper).doesNotContain("受理回执", "县政务服务中心");
        // The buttons around the paper are the clerk's, not printed.
        assertThat(_get(receipt, Button.class, spec -> spec.withId("receipt-print")).getText()).isEqualTo("打印");
        IntakeViewTest.assertNoRawKeys(receipt);
    }

    @Test
    void anEnglishClerkPrintsAChineseCitizensReceiptWhollyInChinese() {
        when(contacts.citizenLanguage(BILINGUAL_CASE)).thenReturn(Translations.CHINESE);
        ReceiptView receipt = open(Translations.ENGLISH, BILINGUAL_CASE);

        String paper = _get(receipt, Div.class, spec -> spec.withId("receipt"))
                .getElement().getTextRecursively();
        assertThat(paper).contains("受理回执", "县政务服务中心", "凭办件编号和查询码在网上查询办理进度：");
        assertThat(list(receipt)).contains("<dt>办件编号</dt>", "<dt>承办部门</dt>", "<dd>人力资源和社会保障局</dd>",
                "社会保障卡申领（事项版本 v2）", "✔ 居民身份证", "✘ 近期照片（未提交）", "Zhao Lan（110***********002X）")
                .contains("<span id=\"receipt-accepted\">2026年11月28日 15:05</span>")
                .contains("<span id=\"receipt-due-date\">2026年12月2日</span>")
                .doesNotContain("Lead department", "Human Resources", "Social security card application",
                        "Resident ID card", "not received");
        assertThat(paper).doesNotContain("Acceptance receipt", "Service Hall");
        assertThat(_get(receipt, Button.class, spec -> spec.withId("receipt-next")).getText())
                .isEqualTo("Next citizen");
        IntakeViewTest.assertNoRawKeys(receipt);
    }

    @Test
    void unknownCaseIsSaidSoInTheScreensLanguage() {
        assertThat(open(Translations.CHINESE, "OW-19990101-00001").getElement().getTextRecursively())
                .isEqualTo("未找到办件 OW-19990101-00001");
    }

    @Test
    void aReprintSaysWhatTheOriginalSaidMarkedAsReprintWithoutTheOriginalsCode() {
        when(contacts.citizenLanguage(BILINGUAL_CASE)).thenReturn(Translations.CHINESE);
        org.onewindow.shared.ui.CodesForPrinting.rememberMinted(BILINGUAL.caseNumber(), "ABCD2345");
        ReceiptView original = open(Translations.ENGLISH, BILINGUAL_CASE);
        String originalList = list(original);
        String originalPaper = paper(original);
        // An hour later, at another clerk's desk (the session still knows the code: the reprint must not print it).
        ReceiptView reprint = open(Translations.ENGLISH, BILINGUAL_CASE, "?" + ReceiptView.REPRINT);

        assertThat(list(reprint)).isEqualTo(originalList);
        assertThat(_get(reprint, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("receipt-reprint")).getText()).isEqualTo("补打，打印于2026年11月28日 15:05");
        assertThat(_find(original, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("receipt-reprint"))).isEmpty();
        assertThat(_find(reprint, Span.class, spec -> spec.withId("receipt-lookup-code"))).isEmpty();
        assertThat(paper(reprint)).contains("查询码已打印在首次出具的受理回执上。")
                .isEqualTo(originalPaper.replace("查询码（请妥善保管，凭此在网上查询办件进度）：ABCD2345", "查询码已打印在首次出具的受理回执上。")
                        .replace("县政务服务中心", "县政务服务中心补打，打印于2026年11月28日 15:05"));
    }

    @Test
    void aReprintCarriesTheCodeReissuedInThisVisit() {
        org.onewindow.shared.ui.CodesForPrinting.rememberReissued(CASE_NUMBER, "NEWC0DE7");
        ReceiptView reprint = open(Translations.CHINESE, CASE_NUMBER, "?" + ReceiptView.REPRINT);

        assertThat(_get(reprint, Span.class, spec -> spec.withId("receipt-lookup-code")).getText())
                .isEqualTo("NEWC0DE7");
        assertThat(_find(reprint, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("receipt-code-on-original"))).isEmpty();
    }

    @Test
    void theBilingualCopyPrintsEveryTextInChineseThenEnglish() {
        when(contacts.citizenLanguage(BILINGUAL_CASE)).thenReturn(Translations.ENGLISH);
        ReceiptView receipt = open(Translations.ENGLISH, BILINGUAL_CASE);
        com.vaadin.flow.component.checkbox.Checkbox both = _get(receipt,
                com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("receipt-bilingual"));
        assertThat(both.getLabel()).isEqualTo("Bilingual copy / 中英对照");

        both.setValue(true);

        assertThat(paper(receipt)).contains("受理回执 / Acceptance receipt",
                "县政务服务中心 / County Government Service Hall");
        assertThat(list(receipt)).contains("<dt>办件编号 / Case number</dt>",
                "<dd>人力资源和社会保障局 / Human Resources and Social Security Bureau</dd>",
                "社会保障卡申领（事项版本 v2） / Social security card application (item version v2)",
                "✔ 居民身份证 / Resident ID card",
                "<span id=\"receipt-accepted\">2026年11月28日 15:05 / Nov 28, 2026, 3:05 PM</span>",
                "<span id=\"receipt-due-date\">2026年12月2日 / Dec 2, 2026</span>");
        // Off again: the citizen's language only.
        _get(receipt, com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("receipt-bilingual"))
                .setValue(false);
        assertThat(paper(receipt)).contains("Acceptance receipt").doesNotContain("受理回执");
    }

    private static String paper(ReceiptView receipt) {
        return _get(receipt, Div.class, spec -> spec.withId("receipt")).getElement().getTextRecursively();
    }

    private ReceiptView open(Locale locale, String caseNumber) {
        return open(locale, caseNumber, "");
    }

    private ReceiptView open(Locale locale, String caseNumber, String query) {
        UI.getCurrent().setLocale(locale);
        ReceiptView receipt = new ReceiptView(intake, directory, contacts,
                new PublicSite("https://hall.example.gov.cn"), dates, catalog);
        UI.getCurrent().add(receipt);
        receipt.setParameter(null, caseNumber);
        com.vaadin.flow.router.BeforeEnterEvent event = mock(com.vaadin.flow.router.BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new com.vaadin.flow.router.Location("receipt/" + caseNumber + query));
        receipt.beforeEnter(event);
        return receipt;
    }

    private static String list(ReceiptView receipt) {
        return _get(receipt, Html.class).getInnerHtml();
    }
}
