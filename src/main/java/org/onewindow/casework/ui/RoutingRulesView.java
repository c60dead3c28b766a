package org.onewindow.casework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.onewindow.casework.RoutingProblem;
import org.onewindow.casework.RoutingRule;
import org.onewindow.casework.RoutingRulesService;
import org.onewindow.casework.RoutingTable;
import org.onewindow.casework.SampleCase;
import org.onewindow.casework.SampleCheck;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.Region;
import org.onewindow.intake.Regions;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators keep the routing rules (the decision table {@code caseRouting}): the deployed version as a grid,
 * changed in a draft on this screen (add, edit, move, remove), checked as it changes, tried on a sample case against
 * the deployed version, and deployed as a new version. Until then nothing routes by the draft.
 */
@Route(value = "admin/routing", layout = MainLayout.class)
@Menu(title = "casework.menu.routing", order = 89.5, icon = "vaadin:split")
@RolesAllowed(AppRoles.ADMIN)
public class RoutingRulesView extends VerticalLayout implements HasDynamicTitle {

    /** A rule at its place in the draft (the same rule may stand twice). */
    record DraftRow(int number, RoutingRule rule) {
    }

    private final transient RoutingRulesService service;
    private final transient CatalogService catalog;
    private final transient DirectoryService directory;
    private final transient HallDates dates;
    private final transient RoutingTexts texts;
    private RoutingTable deployed;
    private final List<RoutingRule> draft = new ArrayList<>();

    final Paragraph deployedLine = new Paragraph();
    final Paragraph draftState = new Paragraph();
    final Div problems = new Div();
    final Paragraph message = FormErrors.messageLine(new Paragraph(), "routing-message");
    final Grid<DraftRow> grid = new Grid<>();
    final Button add = new Button();
    final Button deploy = new Button();
    final Button discard = new Button();
    final ComboBox<String> sampleItem = new ComboBox<>();
    final ComboBox<String> sampleApplicantType = new ComboBox<>();
    final ComboBox<String> sampleRegion = new ComboBox<>();
    final Button check = new Button();
    final Div sampleResult = new Div();

    public RoutingRulesView(RoutingRulesService service, CatalogService catalog, DirectoryService directory,
            Regions regions, HallDates dates) {
        this.service = service;
        this.catalog = catalog;
        this.directory = directory;
        this.dates = dates;
        this.texts = new RoutingTexts(catalog, directory, regions, getLocale());

        deployedLine.setId("routing-deployed");
        draftState.setId("routing-draft-state");
        problems.setId("routing-problems");

        grid.setId("routing-grid");
        grid.addColumn(DraftRow::number).setKey("number").setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> texts.item(row.rule().serviceItemCode())).setKey("item")
                .setHeader(getTranslation("casework.routing.item")).setFlexGrow(2);
        grid.addColumn(row -> texts.applicantType(row.rule().applicantType())).setKey("applicantType")
                .setHeader(getTranslation("casework.routing.applicantType")).setFlexGrow(1);
        grid.addColumn(row -> texts.region(row.rule())).setKey("region")
                .setHeader(getTranslation("casework.routing.region")).setFlexGrow(1);
        grid.addColumn(row -> texts.lead(row.rule().leadDepartmentCode())).setKey("lead")
                .setHeader(getTranslation("casework.routing.lead")).setFlexGrow(1);
        grid.addColumn(row -> texts.collaborating(row.rule().collaboratingDepartmentCodes())).setKey("collaborating")
                .setHeader(getTranslation("casework.routing.collaborating")).setFlexGrow(2);
        grid.addColumn(row -> row.rule().note() == null ? "" : row.rule().note()).setKey("note")
                .setHeader(getTranslation("casework.routing.note")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        add.setText(getTranslation("casework.routing.add"));
        add.setId("routing-add");
        add.addClickListener(click -> new RoutingRuleDialog(getTranslation("casework.routing.addTitle"),
                RoutingRule.catalogDefault(null), service, catalog, directory, texts, rule -> {
                    // A new rule goes before a last catch-all rule, where it can still apply.
                    int at = !draft.isEmpty() && catchAll(draft.get(draft.size() - 1)) ? draft.size() - 1
                            : draft.size();
                    draft.add(at, rule);
                    refresh();
                }).open());
        deploy.setText(getTranslation("casework.routing.deploy"));
        deploy.setId("routing-deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.addClickListener(click -> deploy());
        discard.setText(getTranslation("casework.routing.discard"));
        discard.setId("routing-discard");
        discard.addClickListener(click -> load());

        add(new H1(getTranslation("casework.menu.routing")), new Paragraph(getTranslation("casework.routing.intro")),
                deployedLine, new HorizontalLayout(add, discard, deploy), draftState, message, problems, grid,
                sampleSection());
        setSizeFull();
        load();
    }

    private VerticalLayout sampleSection() {
        sampleItem.setId("routing-sample-item");
        sampleItem.setLabel(getTranslation("casework.routing.item"));
        sampleItem.setItems(query -> catalog
                .search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                .map(ServiceItem::code).skip(query.getOffset()).limit(query.getLimit()));
        sampleItem.setItemLabelGenerator(texts::item);
        sampleApplicantType.setId("routing-sample-applicant-type");
        sampleApplicantType.setLabel(getTranslation("casework.routing.applicantType"));
        sampleApplicantType.setItems(java.util.Arrays.stream(ApplicantType.values()).map(Enum::name).toList());
        sampleApplicantType.setItemLabelGenerator(texts::applicantType);
        sampleRegion.setId("routing-sample-region");
        sampleRegion.setLabel(getTranslation("casework.routing.sampleRegion"));
        sampleRegion.setClearButtonVisible(true);
        sampleRegion.setItems(texts.regions().stream().map(Region::code).toList());
        sampleRegion.setItemLabelGenerator(texts::regionName);
        check.setText(getTranslation("casework.routing.check"));
        check.setId("routing-sample-check");
        check.addClickListener(click -> checkSample());
        sampleResult.setId("routing-sample-result");
        HorizontalLayout fields = new HorizontalLayout(sampleItem, sampleApplicantType, sampleRegion, check);
        fields.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("casework.routing.sampleTitle")),
                new Paragraph(getTranslation("casework.routing.sampleIntro")), fields, sampleResult);
        section.setPadding(false);
        return section;
    }

    private HorizontalLayout actions(DraftRow row) {
        int index = row.number() - 1;
        Button edit = small(getTranslation("casework.routing.edit"), "routing-edit-" + row.number(),
                () -> new RoutingRuleDialog(getTranslation("casework.routing.editTitle", row.number()), row.rule(),
                        service, catalog, directory, texts, rule -> {
                            draft.set(index, rule);
                            refresh();
                        }).open());
        Button up = small(getTranslation("casework.routing.up"), "routing-up-" + row.number(), () -> move(index, -1));
        up.setEnabled(index > 0);
        Button down = small(getTranslation("casework.routing.down"), "routing-down-" + row.number(),
                () -> move(index, 1));
        down.setEnabled(index < draft.size() - 1);
        Button remove = small(getTranslation("casework.routing.remove"), "routing-remove-" + row.number(), () -> {
            draft.remove(index);
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, up, down, remove);
    }

    private static Button small(String text, String id, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void move(int index, int by) {
        draft.add(index + by, draft.remove(index));
        refresh();
    }

    private static boolean catchAll(RoutingRule rule) {
        return rule.serviceItemCode() == null && rule.applicantType() == null
                && rule.regionMatch() == org.onewindow.casework.RegionMatch.ANY;
    }

    /** Reads the deployed version and starts the draft afresh from it. */
    private void load() {
        deployed = service.deployed();
        draft.clear();
        draft.addAll(deployed.rules());
        deployedLine.setText(getTranslation("casework.routing.deployed", deployed.version(),
                dates.dateTime(deployed.deployedAt()), deployed.deploymentName()));
        message.setVisible(false);
        sampleResult.removeAll();
        refresh();
    }

    private void refresh() {
        grid.setItems(IntStream.range(0, draft.size()).mapToObj(i -> new DraftRow(i + 1, draft.get(i))).toList());
        boolean changed = !draft.equals(deployed.rules());
        draftState.setText(getTranslation(changed ? "casework.routing.draftChanged" : "casework.routing.draftSame"));
        deploy.setEnabled(changed);
        discard.setEnabled(changed);
        problems.removeAll();
        for (RoutingProblem problem : service.problems(List.copyOf(draft))) {
            Paragraph line = new Paragraph(getTranslation(
                    problem.error() ? "casework.routing.problem.error" : "casework.routing.problem.warning",
                    problem.message()));
            line.addClassName(problem.error() ? "routing-error" : "routing-warning");
            line.getStyle().set("color",
                    problem.error() ? "var(--lumo-error-text-color)" : "var(--lumo-warning-text-color, #8a6100)");
            problems.add(line);
        }
    }

    private void checkSample() {
        sampleResult.removeAll();
        SampleCheck result = service.trySample(List.copyOf(draft),
                new SampleCase(sampleItem.getValue(), sampleApplicantType.getValue(), sampleRegion.getValue()));
        Paragraph draftLine = new Paragraph(
                getTranslation("casework.routing.sample.draft", texts.routing(result.draft())));
        draftLine.setId("routing-sample-draft");
        Paragraph deployedLineOfSample = new Paragraph(getTranslation("casework.routing.sample.deployed",
                deployed.version(), texts.routing(result.deployed())));
        deployedLineOfSample.setId("routing-sample-deployed");
        sampleResult.add(draftLine, deployedLineOfSample);
    }

    private void deploy() {
        message.setVisible(false);
        try {
            RoutingTable done = service.deploy(List.copyOf(draft));
            load();
            Notices.done(getTranslation("casework.routing.deployedNow", done.version()));
        } catch (BusinessRuleException refused) {
            message.setText(refused.getMessage());
            message.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.routing.pageTitle");
    }
}
