package org.onewindow.satisfaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.Outcome;
import org.onewindow.satisfaction.ResultNotice;
import org.onewindow.satisfaction.ResultNoticeService;
import org.onewindow.satisfaction.NoticePrint;
import org.onewindow.satisfaction.NoticeReprint;
import org.onewindow.satisfaction.NoticeReprintField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The printed result notice: the decision, and a QR code that a scanner reads as the notice's survey link; wholly
 * in the language the citizen chose for the case, whatever the front desk's screen shows.
 */
class ResultNoticeViewTest {

    private static final Instant CLOSED = Instant.parse("2026-11-28T07:30:00Z");
    private final ResultNoticeService notices = mock(ResultNoticeService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private ResultNoticeView view;

    @BeforeEach
    void openView() {
        MockVaadin.setup();
        open(Translations.ENGLISH);
    }

    private void open(Locale language) {
        UI.getCurrent().removeAll();
        UI.getCurrent().setLocale(language);
        view = new ResultNoticeView(notices, directory,
                new HallDates(Clock.fixed(CLOSED, ZoneId.of("Asia/Shanghai"))));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void closeView() {
        MockVaadin.tearDown();
    }

    @Test
    void noticeShowsTheDecisionAndAQrCodeOfItsSurveyLink() throws Exception {
        String link = rejectedNotice(Translations.ENGLISH);

        view.show("OW-20261128-00042");

        assertThat(view.getPageTitle()).isEqualTo("Result notice | OneWindow");
        assertThat(_get(view, H1.class).getText()).isEqualTo("Result notice");
        assertThat(sheet()).contains("<dt>Case number</dt>", "OW-20261128-00042", "<dt>Service item</dt>",
                "Food business licence", "<dt>Lead department</dt>", "Dept AMR",
                "Not approved: Kitchen too small.", "<dt>Closed on</dt><dd>Nov 28, 2026</dd>")
                .doesNotContainPattern("\\p{IsHan}");
        Html qr = _get(view, Html.class, spec -> spec.withId("result-notice-qr"));
        assertThat(QrCodesTest.decode(qr.getInnerHtml())).isEqualTo(link);
        assertThat(qr.getInnerHtml()).contains("aria-label=\"QR code\"");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-scan")).getText())
                .isEqualTo("Scan to rate our service");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-validity")).getText())
                .isEqualTo("One rating per case, until Dec 13, 2026.");
        assertThat(_get(view, Button.class, spec -> spec.withId("result-notice-print")).getText()).isEqualTo("Print");
    }

    @Test
    void aChineseClerkPrintsAnEnglishCitizensNoticeWhollyInEnglish() throws Exception {
        String link = rejectedNotice(Translations.ENGLISH);
        open(Translations.CHINESE);

        view.show("OW-20261128-00042");

        assertThat(_get(view, H1.class).getText()).isEqualTo("Result notice");
        assertThat(_find(view, Paragraph.class).get(0).getText()).isEqualTo("County Government Service Hall");
        assertThat(sheet()).contains("<dt>Case number</dt>", "<dt>Service item</dt>", "Food business licence",
                "<dt>Lead department</dt>", "Dept AMR", "Not approved: Kitchen too small.",
                "<dt>Closed on</dt><dd>Nov 28, 2026</dd>").doesNotContainPattern("\\p{IsHan}");
        assertThat(QrCodesTest.decode(_get(view, Html.class, spec -> spec.withId("result-notice-qr")).getInnerHtml()))
                .isEqualTo(link);
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-scan")).getText())
                .isEqualTo("Scan to rate our service");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-validity")).getText())
                .isEqualTo("One rating per case, until Dec 13, 2026.");
        // The buttons around the paper are the clerk's, not printed.
        assertThat(view.getPageTitle()).isEqualTo("办结告知书 | 一窗通办");
        assertThat(_get(view, Button.class, spec -> spec.withId("result-notice-print")).getText()).isEqualTo("打印");
        assertThat(_get(view, Button.class, spec -> spec.withId("result-notice-open-case")).getText())
                .isEqualTo("打开办件");
    }

    @Test
    void anEnglishClerkPrintsAChineseCitizensNoticeWhollyInChinese() throws Exception {
        rejectedNotice(Translations.CHINESE);

        view.show("OW-20261128-00042");

        assertThat(_get(view, H1.class).getText()).isEqualTo("办结告知书");
        assertThat(_find(view, Paragraph.class).get(0).getText()).isEqualTo("县政务服务中心");
        // The department's reason stays as it was written.
        assertThat(sheet()).contains("<dt>办件编号</dt>", "OW-20261128-00042", "<dt>办理事项</dt>", "<dt>承办部门</dt>",
                "<dt>办理结果</dt>", "不予办理：Kitchen too small.", "<dt>办结日期</dt><dd>2026年11月28日</dd>")
                .doesNotContain("Case number", "Closed on", "Not approved");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-scan")).getText()).isEqualTo("扫码评价");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-validity")).getText())
                .isEqualTo("每件办件评价一次，有效期至2026年12月13日。");
        assertThat(_get(view, Button.class, spec -> spec.withId("result-notice-print")).getText()).isEqualTo("Print");
    }

    @Test
    void approvedCaseReadsApprovedInTheCitizensLanguage() {
        for (Locale citizens : Translations.LOCALES) {
            when(notices.resultNotice("OW-20261128-00044")).thenReturn(new ResultNotice("OW-20261128-00044",
                    "Passport", "PSB", Outcome.APPROVED, null, CLOSED,
                    "http://localhost:8080/survey/Zx8kQ2m9TtB1cV7nLp0aYw", CLOSED.plusSeconds(15 * 86400), List.of(),
                    "Dept PSB", citizens));
            view.show("OW-20261128-00044");
            assertThat(sheet()).contains("<span id=\"result-notice-decision\">"
                    + (citizens.equals(Translations.ENGLISH) ? "Approved" : "准予办理") + "</span>");
        }
    }

    private String rejectedNotice(Locale citizens) {
        String link = "http://localhost:8080/survey/Zx8kQ2m9TtB1cV7nLp0aYw";
        when(notices.resultNotice("OW-20261128-00042")).thenReturn(new ResultNotice("OW-20261128-00042",
                "Food business licence", "AMR", Outcome.REJECTED, "Kitchen too small.", CLOSED, link,
                CLOSED.plusSeconds(15 * 86400),
                List.of(new NoticePrint("OW-20261128-00042", "frontdesk", CLOSED, null)), "Dept AMR", citizens));
        return link;
    }
    private String sheet() {
        // The case's details, without the drawing of the QR code.
        return _find(view, Html.class).stream().filter(html -> !"result-notice-qr".equals(html.getId().orElse(null)))
                .map(Html::getInnerHtml).collect(Collectors.joining());
    }

    @Test
    void caseNotClosedGetsAClearMessage() {
        when(notices.resultNotice("OW-20261128-00043")).thenThrow(new BusinessRuleException(
                "Case OW-20261128-00043 is not closed yet (it is IN_REVIEW): the result notice and the survey come "
                        + "once the result was delivered."));

        view.show("OW-20261128-00043");

        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-unavailable")).getText())
                .contains("is not closed yet (it is IN_REVIEW)");
    }

    @Test
    void openedAgainTheNoticeHasNoQrCodeAndOffersAReprintWithAReason() throws Exception {
        String link = "http://localhost:8080/survey/Zx8kQ2m9TtB1cV7nLp0aYw";
        NoticePrint atDelivery = new NoticePrint("OW-20261128-00042", "frontdesk2", CLOSED, null);
        when(notices.resultNotice("OW-20261128-00042")).thenReturn(new ResultNotice("OW-20261128-00042",
                "Food business licence", "AMR", Outcome.APPROVED, null, CLOSED, null, CLOSED.plusSeconds(15 * 86400),
                List.of(atDelivery), "Dept AMR", Translations.ENGLISH));
        when(directory.staff(anyString())).thenReturn(java.util.Optional.empty());

        view.show("OW-20261128-00042");

        // Opening the notice is not printing it: no code, no new link, and the way to a new one.
        assertThat(_find(view, Html.class, spec -> spec.withId("result-notice-qr"))).isEmpty();
        verify(notices, never()).reprint(anyString(), any());
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-no-qr")).getText())
                .startsWith("The QR code of this notice was printed already and is not shown again.");
        assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("result-notice-prints"))
                .getElement().getTextRecursively()).contains("printed at the delivery by frontdesk2");

        _get(view, Button.class, spec -> spec.withId("result-notice-reprint")).click();
        TextArea reason = _get(TextArea.class, spec -> spec.withId("result-notice-reprint-reason"));
        when(notices.reprint("OW-20261128-00042", new NoticeReprint(""))).thenThrow(InvalidInputException.of(Map.of(
                NoticeReprintField.REASON,
                "Give the reason for the reprint, for example: the citizen lost the notice.")));
        _get(Button.class, spec -> spec.withId("result-notice-reprint-confirm")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Give the reason for the reprint");
        NotificationsKt.expectNoNotifications();

        when(notices.reprint("OW-20261128-00042", new NoticeReprint("Citizen lost the notice")))
                .thenReturn(new ResultNotice(
                        "OW-20261128-00042", "Food business licence", "AMR", Outcome.APPROVED, null, CLOSED, link,
                        CLOSED.plusSeconds(15 * 86400),
                        List.of(atDelivery, new NoticePrint("OW-20261128-00042", "frontdesk",
                                CLOSED.plusSeconds(3600), "Citizen lost the notice")),
                        "Dept AMR", Translations.ENGLISH));
        reason.setValue("Citizen lost the notice");
        _get(Button.class, spec -> spec.withId("result-notice-reprint-confirm")).click();

        Html qr = _get(view, Html.class, spec -> spec.withId("result-notice-qr"));
        assertThat(QrCodesTest.decode(qr.getInnerHtml())).isEqualTo(link);
        assertThat(_find(view, Paragraph.class, spec -> spec.withId("result-notice-no-qr"))).isEmpty();
        assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("result-notice-prints"))
                .getElement().getTextRecursively())
                .contains("reprinted by frontdesk, because: Citizen lost the notice");
    }

    @Test
    void noticeNeverPrintedSaysWhoPrintsIt() {
        when(notices.resultNotice("OW-20261128-00045")).thenReturn(new ResultNotice("OW-20261128-00045", "Passport",
                "PSB", Outcome.APPROVED, null, CLOSED, null, CLOSED.plusSeconds(15 * 86400), List.of(), "Dept PSB",
                Translations.ENGLISH));
        open(Translations.CHINESE);

        view.show("OW-20261128-00045");

        assertThat(_find(view, Html.class, spec -> spec.withId("result-notice-qr"))).isEmpty();
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-no-qr")).getText())
                .startsWith("本告知书尚未打印。");
        assertThat(_get(view, Button.class, spec -> spec.withId("result-notice-reprint")).getText()).isEqualTo("补打…");
    }

    @Test
    void theBilingualCopyPrintsEachTextInChineseThenEnglishAndKeepsTheCode() throws Exception {
        String link = rejectedNotice(Translations.ENGLISH);
        when(directory.departmentName(org.mockito.ArgumentMatchers.eq("AMR"), org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> Translations.CHINESE.equals(call.getArgument(1)) ? "市场监督管理局"
                        : "Market Regulation Bureau");
        view.show("OW-20261128-00042");
        com.vaadin.flow.component.checkbox.Checkbox both = _get(view,
                com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("result-notice-bilingual"));

        both.setValue(true);

        assertThat(_get(view, H1.class).getText()).isEqualTo("办结告知书 / Result notice");
        assertThat(sheet()).contains("<dt>办件编号 / Case number</dt>", "Food business licence",
                "<dd>市场监督管理局 / Market Regulation Bureau</dd>",
                "<dt>办结日期 / Closed on</dt><dd>2026年11月28日 / Nov 28, 2026</dd>");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-validity")).getText())
                .startsWith("每件办件评价一次").endsWith(" / One rating per case, until Dec 13, 2026.");
        // Drawn again from the notice on screen: the same survey code, not a new one.
        assertThat(QrCodesTest.decode(_get(view, Html.class, spec -> spec.withId("result-notice-qr")).getInnerHtml()))
                .isEqualTo(link);
        org.mockito.Mockito.verify(notices, org.mockito.Mockito.times(1)).resultNotice("OW-20261128-00042");
    }
}
