package org.onewindow.reporting.ui;

import java.util.List;

import org.onewindow.reporting.PublicResults;
import org.onewindow.reporting.PublicResultsService;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.HorizontalBarChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.OneWindowAppShell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

/**
 * The public results on the hall's large screen (1920×1080): this month's figures of the whole hall in big type and
 * each department's good-review rate as a bar chart drawn on the server, polling for new figures every minute.
 *
 * <p>No sign-in and no display key: the screen has no keyboard to pair it, and it shows exactly what the public page
 * {@code /results} shows to anyone (counts and rates, nothing personal), so a key would protect nothing.
 */
@Route(value = HallDisplayView.ROUTE, autoLayout = false)
@AnonymousAllowed
@StyleSheet(OneWindowAppShell.STYLESHEET)
@StyleSheet(PublicResultsView.STYLESHEET)
public class HallDisplayView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "results/display";
    /** How often the screen asks the server for the figures (which the node itself refreshes every few minutes). */
    static final int POLL_MILLISECONDS = 60_000;

    private final transient PublicResultsService service;
    private final HallDates dates;
    private final transient ReportTexts texts;
    private Registration polling;

    final Span goodRate = new Span();
    final Span evaluations = new Span();
    final Span evaluationRate = new Span();
    final Span badReviews = new Span();
    final Div chart = new Div();
    final Paragraph asOf = new Paragraph();
    final H1 title = new H1();

    public HallDisplayView(PublicResultsService service, HallDates dates) {
        this.service = service;
        this.dates = dates;
        this.texts = ReportTexts.of(getLocale());
        addClassName("hall-display");
        getElement().setAttribute("role", "main");
        goodRate.setId("display-good-rate");
        evaluations.setId("display-evaluations");
        evaluationRate.setId("display-evaluation-rate");
        badReviews.setId("display-bad-reviews");
        chart.setId("display-chart");
        chart.addClassName("hall-display-chart");
        asOf.setId("display-as-of");
        asOf.addClassName("hall-display-as-of");
        Div figures = new Div(figure(goodRate, "reporting.results.goodRate"),
                figure(evaluations, "reporting.results.evaluations"),
                figure(evaluationRate, "reporting.results.evaluationRate"),
                figure(badReviews, "reporting.results.display.badAndRectified"));
        figures.addClassName("hall-display-figures");
        add(title, figures, chart, asOf);
        show();
    }

    @Override
    public String getPageTitle() {
        return texts.t("reporting.results.display.title") + " | " + getTranslation("shared.app.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(POLL_MILLISECONDS);
        polling = ui.addPollListener(poll -> show());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    /** Shows the figures the node holds now. */
    void show() {
        PublicResults results = service.current();
        PublicResults.Period month = results.thisMonth();
        PublicResults.Figures hall = month.hall();
        title.setText(texts.t("reporting.results.display.title") + " · " + texts.month(results.month()));
        evaluations.setText(texts.integer(hall.evaluations()));
        // A sentence in place of a figure is read, not glanced at: it takes the label's size, not the figure's.
        for (Span value : List.of(goodRate, evaluationRate, badReviews)) {
            value.getElement().getClassList().set("hall-display-value-words", !hall.enough());
        }
        if (hall.enough()) {
            goodRate.setText(texts.percent(hall.goodRate()));
            evaluationRate.setText(texts.percent(hall.evaluationRate()));
            badReviews.setText(texts.t("reporting.results.display.badValue", texts.integer(hall.badReviews()),
                    texts.integer(hall.rectifiedOnTime())));
        } else {
            String tooFew = texts.t("reporting.results.display.tooFew");
            goodRate.setText(tooFew);
            evaluationRate.setText(tooFew);
            badReviews.setText(tooFew);
        }
        chart.removeAll();
        chart.add(ReportParts.svg(new HorizontalBarChart(texts.t("reporting.results.display.chart"),
                texts.t("reporting.results.departments"), texts.t("reporting.results.display.axis"),
                ValueFormat.percent(0),
                month.departments().stream().filter(row -> row.figures().enough())
                        .map(row -> HorizontalBarChart.Bar.withInterval(row.name(getLocale()),
                                row.figures().goodRate(), row.figures().goodLow(), row.figures().goodHigh()))
                        .toList(),
                texts.t("reporting.results.display.noBars", results.minimumEvaluations())).toSvg(getLocale()),
                "display-chart-svg"));
        asOf.setText(texts.t("reporting.results.asOf", dates.dateTime(results.asOf(), getLocale())) + " · "
                + texts.t("reporting.results.display.minimum", results.minimumEvaluations()));
    }

    private Div figure(Span value, String labelKey) {
        value.addClassName("hall-display-value");
        Span label = new Span(texts.t(labelKey));
        label.addClassName("hall-display-label");
        Div figure = new Div(value, label);
        figure.addClassName("hall-display-figure");
        return figure;
    }
}
