package org.onewindow.satisfaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.Outcome;
import org.onewindow.satisfaction.ResultNotice;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

/** The printed result notice: the decision, and a QR code that a scanner reads as the notice's survey link. */
class ResultNoticeViewTest {

    private static final Instant CLOSED = Instant.parse("2026-11-28T07:30:00Z");
    private final SatisfactionService satisfaction = mock(SatisfactionService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private ResultNoticeView view;

    @BeforeEach
    void openView() {
        MockVaadin.setup();
        when(directory.departmentName(any())).thenAnswer(call -> "Dept " + call.getArgument(0));
        view = new ResultNoticeView(satisfaction, directory,
                new HallDates(Clock.fixed(CLOSED, ZoneId.of("Asia/Shanghai"))));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void closeView() {
        MockVaadin.tearDown();
    }

    @Test
    void noticeShowsTheDecisionAndAQrCodeOfItsSurveyLink() throws Exception {
        String link = "http://localhost:8080/survey/Zx8kQ2m9TtB1cV7nLp0aYw";
        when(satisfaction.resultNotice("OW-20261128-00042")).thenReturn(new ResultNotice("OW-20261128-00042",
                "Food business licence", "AMR", Outcome.REJECTED, "Kitchen too small.", CLOSED, link,
                CLOSED.plusSeconds(15 * 86400)));

        view.show("OW-20261128-00042");

        String sheet = _find(view, Html.class).stream().map(Html::getInnerHtml).collect(Collectors.joining());
        assertThat(sheet).contains("OW-20261128-00042", "Food business licence", "Dept AMR",
                "不予办理 Not approved: Kitchen too small.", "2026-11-28");
        Html qr = _get(view, Html.class, spec -> spec.withId("result-notice-qr"));
        assertThat(QrCodesTest.decode(qr.getInnerHtml())).isEqualTo(link);
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-scan")).getText())
                .isEqualTo("扫码评价 Scan to rate our service");
    }

    @Test
    void caseNotClosedGetsAClearMessage() {
        when(satisfaction.resultNotice("OW-20261128-00043")).thenThrow(new BusinessRuleException(
                "Case OW-20261128-00043 is not closed yet (it is IN_REVIEW): the result notice and the survey come "
                        + "once the result was delivered."));

        view.show("OW-20261128-00043");

        assertThat(_get(view, Paragraph.class, spec -> spec.withId("result-notice-unavailable")).getText())
                .contains("is not closed yet (it is IN_REVIEW)");
    }
}
