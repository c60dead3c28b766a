package org.onewindow.reporting.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onewindow.reporting.PublicResults;
import org.onewindow.reporting.PublicResultsService;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.shared.PublicSite;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.LanguageSwitch;
import org.onewindow.shared.ui.OneWindowAppShell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public results (公示): each department's and each service item's evaluation figures for this month or this
 * year, for anyone, without signing in. Made for a phone (cards that wrap, nothing wider than the screen), in the
 * browser's language with the public pages' switch. It reads the figures the node computed last
 * ({@link PublicResultsService#current()}) and says when; nothing personal is on it.
 */
@Route(value = PublicResultsView.ROUTE, autoLayout = false)
@AnonymousAllowed
@StyleSheet(OneWindowAppShell.STYLESHEET)
@StyleSheet(PublicResultsView.STYLESHEET)
public class PublicResultsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = PublicSite.RESULTS_ROUTE;
    static final String STYLESHEET = "context://styles/results.css";

    private final transient PublicResultsService service;
    private final HallDates dates;
    private final transient ReportTexts texts;
    private transient PublicResults results;

    final LanguageSwitch language = new LanguageSwitch();
    final Tab month = new Tab();
    final Tab year = new Tab();
    final Tabs period = new Tabs(month, year);
    final TextField search = new TextField();
    final Paragraph asOf = new Paragraph();
    final Div hall = new Div();
    final Div departments = new Div();
    final Div items = new Div();

    public PublicResultsView(PublicResultsService service, HallDates dates) {
        this.service = service;
        this.dates = dates;
        this.texts = ReportTexts.of(getLocale());
        addClassName("results-view");
        getElement().setAttribute("role", "main");

        month.setId("results-month");
        year.setId("results-year");
        period.setId("results-period");
        period.setWidthFull();
        period.addThemeVariants(com.vaadin.flow.component.tabs.TabsVariant.LUMO_EQUAL_WIDTH_TABS);
        period.addSelectedChangeListener(event -> render());
        asOf.setId("results-as-of");
        asOf.addClassName("results-as-of");
        hall.setId("results-hall");
        departments.setId("results-departments");
        departments.addClassName("results-cards");
        items.setId("results-items");
        items.setWidthFull();
        search.setId("results-search");
        search.setLabel(texts.t("reporting.results.search"));
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> renderItems());

        add(language, new H1(texts.t("reporting.results.title")), new Paragraph(texts.t("reporting.results.intro")),
                asOf, period, hall, new H2(texts.t("reporting.results.departments")), departments,
                new H2(texts.t("reporting.results.items")), search, items, footnotes());
        setHorizontalComponentAlignment(FlexComponent.Alignment.END, language);
        load();
    }

    @Override
    public String getPageTitle() {
        return texts.t("reporting.results.title") + " | " + getTranslation("shared.app.title");
    }

    private void load() {
        results = service.current();
        month.setLabel(texts.t("reporting.results.month", texts.month(results.month())));
        year.setLabel(texts.t("reporting.results.year", String.valueOf(results.month().getYear())));
        asOf.setText(texts.t("reporting.results.asOf", dates.dateTime(results.asOf(), getLocale())));
        render();
    }

    PublicResults.Span span() {
        return period.getSelectedTab() == year ? PublicResults.Span.YEAR : PublicResults.Span.MONTH;
    }

    private void render() {
        PublicResults.Period figures = results.period(span());
        hall.removeAll();
        Div card = card(texts.t("reporting.results.hall"), figures.hall(), new H2(texts.t("reporting.results.hall")));
        card.addClassName("results-hall");
        hall.add(card);
        departments.removeAll();
        if (figures.departments().isEmpty()) {
            departments.add(new Paragraph(texts.t("reporting.results.none")));
        }
        figures.departments().forEach(row -> departments
                .add(card(row.name(getLocale()), row.figures(), new H3(row.name(getLocale())))));
        renderItems();
    }

    /** The items grouped under their department, those whose name or department contains the search text. */
    private void renderItems() {
        PublicResults.Period figures = results.period(span());
        Locale locale = getLocale();
        String wanted = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(locale);
        Map<String, String> departmentNames = new LinkedHashMap<>();
        figures.departments().forEach(row -> departmentNames.put(row.code(), row.name(locale)));
        Map<String, List<PublicResults.Row>> byDepartment = new LinkedHashMap<>();
        for (PublicResults.Row item : figures.items()) {
            String department = departmentNames.getOrDefault(item.departmentCode(), item.departmentCode());
            if (wanted.isEmpty() || item.name(locale).toLowerCase(locale).contains(wanted)
                    || department.toLowerCase(locale).contains(wanted)) {
                byDepartment.computeIfAbsent(item.departmentCode(), k -> new ArrayList<>()).add(item);
            }
        }
        items.removeAll();
        if (byDepartment.isEmpty()) {
            items.add(
                    new Paragraph(texts.t(wanted.isEmpty() ? "reporting.results.none" : "reporting.results.noMatch")));
        }
        byDepartment.forEach((code, rows) -> {
            Div group = new Div();
            group.addClassName("results-cards");
            rows.forEach(row -> group.add(card(row.name(locale), row.figures(), new H4(row.name(locale)))));
            items.add(new H3(departmentNames.getOrDefault(code, code)), group);
        });
    }

    /** A card of one row's figures, headed by {@code heading} (a level that fits where the card stands). */
    private Div card(String name, PublicResults.Figures figures, Component heading) {
        Div card = new Div(heading);
        card.addClassName("results-card");
        card.getElement().setAttribute("aria-label", name);
        card.add(figure("reporting.results.evaluations", texts.integer(figures.evaluations())));
        card.add(figure("reporting.results.closedCases", texts.integer(figures.closedCases())));
        if (!figures.enough()) {
            Paragraph tooFew = new Paragraph(texts.t("reporting.results.tooFew", results.minimumEvaluations()));
            tooFew.addClassName("results-too-few");
            card.add(tooFew);
            return card;
        }
        card.add(figure("reporting.results.evaluationRate", texts.percent(figures.evaluationRate())));
        card.add(figure("reporting.results.goodRate", texts.percent(figures.goodRate())));
        card.add(figure("reporting.results.interval",
                texts.t("reporting.results.intervalValue", texts.percent(figures.goodLow()),
                        texts.percent(figures.goodHigh()))));
        card.add(figure("reporting.results.badReviews", texts.integer(figures.badReviews())));
        card.add(figure("reporting.results.rectifiedOnTime", texts.integer(figures.rectifiedOnTime())));
        return card;
    }

    private Div figure(String labelKey, String value) {
        Span label = new Span(texts.t(labelKey));
        label.addClassName("results-figure-label");
        Span number = new Span(value);
        number.addClassName("results-figure-value");
        Div figure = new Div(label, number);
        figure.addClassName("results-figure");
        return figure;
    }

    private Div footnotes() {
        Div notes = new Div(new H2(texts.t("reporting.results.notes")));
        notes.setId("results-notes");
        notes.addClassName("results-notes");
        UnorderedList list = new UnorderedList();
        for (String key : List.of("evaluations", "evaluationRate", "goodRate", "interval", "badReviews",
                "rectifiedOnTime", "excluded", "tooFew", "period", "privacy")) {
            list.add(new ListItem(texts.t("reporting.results.note." + key, texts.integer(minimum()))));
        }
        notes.add(list);
        return notes;
    }

    private int minimum() {
        return results == null ? service.current().minimumEvaluations() : results.minimumEvaluations();
    }
}
