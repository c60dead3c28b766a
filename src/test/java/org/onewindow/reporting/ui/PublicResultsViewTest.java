package org.onewindow.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;

/**
 * The public results page and the hall's large screen in English and Chinese: the figures of each card, the
 * too-few rule, the month/year switch, the item search, the footnotes, and the large screen's own polling.
 */
class PublicResultsViewTest {

    private static final HallDates DATES = new HallDates(
            Clock.fixed(PublicResultsFixtures.AS_OF, ZoneId.of("Asia/Shanghai")));

    private final PublicResultsFixtures.Held service = new PublicResultsFixtures.Held();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private PublicResultsView page(Locale language) {
        UI.getCurrent().setLocale(language);
        PublicResultsView view = new PublicResultsView(service, DATES);
        UI.getCurrent().add(view);
        return view;
    }

    private static String text(Div div) {
        return div.getElement().getTextRecursively();
    }

    private static Div card(Div within, String name) {
        return _find(within, Div.class).stream().filter(div -> div.hasClassName("results-card"))
                .filter(div -> name.equals(div.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
    }

    @Test
    void theMonthsFiguresInEnglish() {
        PublicResultsView view = page(Translations.ENGLISH);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Good and bad reviews: public results");
        assertThat(view.getPageTitle()).startsWith("Good and bad reviews: public results |");
        assertThat(view.asOf.getText()).startsWith("Figures as of ").contains("10:00");
        assertThat(view.month.getLabel()).isEqualTo("This month (March 2021)");
        assertThat(view.year.getLabel()).isEqualTo("This year (2021)");
        assertThat(text(view.hall)).contains("Whole hall", "Evaluations29", "Closed cases32",
                "Evaluation rate90.6%", "Good-review rate86.2%", "95% confidence interval69.4% to 94.5%",
                "Bad reviews4", "Of which rectified on time1");
        Div hrss = card(view.departments, "Human Resources and Social Security Bureau");
        assertThat(text(hrss)).contains("Evaluations24", "Closed cases27", "Evaluation rate88.9%",
                "Good-review rate87.5%", "69.0% to 95.7%", "Bad reviews3", "Of which rectified on time1");
        Div amr = card(view.departments, "Market Regulation Bureau");
        assertThat(text(amr)).contains("Evaluations5", "Too few evaluations to show a rate (fewer than 20).")
                .doesNotContain("%", "Bad reviews");
        // Items under their departments' headings.
        assertThat(_find(view.items, H3.class)).extracting(H3::getText)
                .containsExactly("Market Regulation Bureau", "Human Resources and Social Security Bureau");
        assertThat(_find(view.items, H4.class)).extracting(H4::getText)
                .containsExactly("Individual business licence", "Social security card application");
        assertThat(text(_get(view, Div.class, spec -> spec.withId("results-notes"))))
                .contains("About these figures", "appeal upheld", "fewer than 20 evaluations", "No personal data");
        ReportViewChecks.assertNoRawKey(view);
    }

    @Test
    void theYearTabShowsTheYearsFigures() {
        PublicResultsView view = page(Translations.ENGLISH);
        view.period.setSelectedTab(view.year);

        assertThat(text(view.hall)).contains("Evaluations30", "Closed cases33");
        assertThat(text(card(view.departments, "Human Resources and Social Security Bureau")))
                .contains("Evaluations25", "Closed cases28", "Good-review rate88.0%");
    }

    @Test
    void theSearchKeepsTheItemsWhoseNameOrDepartmentMatches() {
        PublicResultsView view = page(Translations.ENGLISH);

        view.search.setValue("social security");
        assertThat(_find(view.items, H4.class)).extracting(H4::getText)
                .containsExactly("Social security card application");
        view.search.setValue("market regulation");
        assertThat(_find(view.items, H4.class)).extracting(H4::getText)
                .containsExactly("Individual business licence");
        view.search.setValue("passport");
        assertThat(_find(view.items, H4.class)).isEmpty();
        assertThat(text(view.items)).contains("No service item or department matches this search.");
    }

    @Test
    void thePageInChinese() {
        PublicResultsView view = page(Translations.CHINESE);

        assertThat(_get(view, H1.class).getText()).isEqualTo("好差评公示");
        assertThat(view.month.getLabel()).startsWith("本月（2021");
        assertThat(view.year.getLabel()).isEqualTo("本年（2021）");
        assertThat(view.asOf.getText()).startsWith("数据截至").contains("10:00");
        assertThat(text(card(view.departments, "人力资源和社会保障局"))).contains("评价数24", "办结件数27", "好评率87.5%",
                "差评数3", "其中按时整改1");
        assertThat(text(card(view.departments, "市场监督管理局"))).contains("评价数不足 20 条，暂不显示比率。");
        assertThat(_find(view.items, H4.class)).extracting(H4::getText).containsExactly("个体工商户设立登记", "社会保障卡补换");
        ReportViewChecks.assertNoRawKey(view);
        assertThat(text(_get(view, Div.class, spec -> spec.withId("results-hall")))).doesNotContain("Evaluations");
    }

    @Test
    void theLargeScreenShowsTheMonthAndPollsForNewFigures() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        HallDisplayView display = new HallDisplayView(service, DATES);
        UI.getCurrent().add(display);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(60_000);
        assertThat(display.title.getText()).isEqualTo("Good and bad reviews · March 2021");
        assertThat(display.goodRate.getText()).isEqualTo("86.2%");
        assertThat(display.evaluations.getText()).isEqualTo("29");
        assertThat(display.evaluationRate.getText()).isEqualTo("90.6%");
        assertThat(display.badReviews.getText()).isEqualTo("4 / 1");
        String svg = display.chart.getElement().getChild(0).getOuterHTML();
        // Only the departments with enough evaluations get a bar.
        assertThat(svg).contains("<svg", "Human Resources and Social Security Bureau")
                .doesNotContain("Market Regulation Bureau");
        assertThat(display.asOf.getText()).startsWith("Figures as of ").contains("10:00");
        ReportViewChecks.assertNoRawKey(display);

        service.figures.set(PublicResultsFixtures.march(31));
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(display.evaluations.getText()).isEqualTo("31");

        UI.getCurrent().remove(display);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void theLargeScreenInChineseSaysWhenTheHallHasTooFewEvaluations() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        var few = PublicResultsFixtures.march(29);
        var tooFew = new org.onewindow.reporting.PublicResults.Figures(3, 4, false, null, null, null, null, null,
                null);
        service.figures.set(new org.onewindow.reporting.PublicResults(few.asOf(), few.month(), 20,
                new org.onewindow.reporting.PublicResults.Period(tooFew, List.of(), List.of()), few.thisYear()));
        HallDisplayView display = new HallDisplayView(service, DATES);
        UI.getCurrent().add(display);

        assertThat(display.title.getText()).startsWith("好差评公示 · 2021");
        assertThat(display.evaluations.getText()).isEqualTo("3");
        assertThat(display.goodRate.getText()).isEqualTo("评价数暂不足");
        assertThat(display.chart.getElement().getChild(0).getOuterHTML()).contains("本月尚无评价数达到 20 条的部门。");
        ReportViewChecks.assertNoRawKey(display);
    }
}
