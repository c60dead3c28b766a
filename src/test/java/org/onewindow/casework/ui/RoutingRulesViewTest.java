package org.onewindow.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.RegionMatch;
import org.onewindow.casework.RoutingProblem;
import org.onewindow.casework.RoutingRule;
import org.onewindow.casework.RoutingRulesService;
import org.onewindow.casework.RoutingTable;
import org.onewindow.casework.SampleCase;
import org.onewindow.casework.SampleCheck;
import org.onewindow.casework.SampleRouting;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.intake.Region;
import org.onewindow.intake.Regions;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;

/** The administrators' routing rules: the deployed table as a grid, a draft changed in a form, tried and deployed. */
class RoutingRulesViewTest {

    private static final RoutingRule HOUSEHOLD = new RoutingRule("PSB-002", null, RegionMatch.OUTSIDE, "110000", null,
            List.of("AMR"), "From another province.");
    private static final RoutingRule DEFAULT = RoutingRule.catalogDefault(null);
    private static final RoutingTable VERSION_3 = new RoutingTable("caseRouting:3:x", 3,
            Instant.parse("2026-11-28T02:00:00Z"), "Routing rules by admin at 2026-11-28T02:00:00Z", "FIRST",
            List.of(HOUSEHOLD, DEFAULT));

    private final RoutingRulesService service = mock(RoutingRulesService.class);
    private final CatalogService catalog = mock(CatalogService.class);
    private RoutingRulesView view;

    private RoutingRulesView open(Locale language) {
        MockVaadin.setup();
        UI.getCurrent().setLocale(language);
        when(service.deployed()).thenReturn(VERSION_3);
        when(service.problems(anyList())).thenReturn(List.of());
        ServiceItem household = ServiceItem.published("PSB-002", "户口迁入", "", "PSB", List.of(), List.of(), 5, true);
        ServiceItem card = ServiceItem.published("HRSS-001", "社会保障卡申领", "", "HRSS", List.of(), List.of(), 3, true);
        when(catalog.item(anyString())).thenReturn(Optional.empty());
        when(catalog.item("PSB-002")).thenReturn(Optional.of(household));
        when(catalog.item("HRSS-001")).thenReturn(Optional.of(card));
        when(catalog.search(anyString(), anyInt())).thenReturn(List.of(household, card));
        Regions regions = () -> List.of(new Region("110000", "北京市", "Beijing"),
                new Region("440000", "广东省", "Guangdong"));
        view = new RoutingRulesView(service, catalog, CaseFixtures.directory(), regions, CaseFixtures.dates());
        UI.getCurrent().add(view);
        return view;
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private static Button action(RoutingRulesView view, int row, String id) {
        return GridKt._getCellComponent(view.grid, row, "actions").getChildren().map(Button.class::cast)
                .filter(button -> button.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @Test
    void showsTheDeployedVersionAsRulesInChinese() {
        open(Translations.CHINESE);

        assertThat(view.deployedLine.getText()).startsWith("现行版本：第3版，2026年11月28日 10:00发布");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).containsSequence("1", "户口迁入（PSB-002）", "所有申请人",
                "不属于北京市 (110000)", "按事项目录", "市场监督管理局", "From another province.");
        assertThat(GridKt._getFormattedRow(view.grid, 1)).containsSequence("2", "所有事项", "所有申请人", "不限地区",
                "按事项目录", "按事项目录");
        assertThat(view.draftState.getText()).isEqualTo("草稿与现行版本一致。");
        assertThat(view.deploy.isEnabled()).isFalse();
        assertThat(ScreenTexts.rawKeys(view)).isEmpty();
    }

    @Test
    void addsARuleBeforeTheCatchAllAndDeploysTheDraft() {
        open(Translations.ENGLISH);
        RoutingRule added = new RoutingRule("HRSS-001", "PERSON", RegionMatch.WITHIN, "440000", "PSB", List.of(),
                null);
        when(service.deploy(List.of(HOUSEHOLD, added, DEFAULT))).thenReturn(new RoutingTable("caseRouting:4:y", 4,
                Instant.parse("2026-11-30T02:00:00Z"), "Routing rules by admin", "FIRST",
                List.of(HOUSEHOLD, added, DEFAULT)));

        _click(view.add);
        _setValue(combo("routing-rule-item"), "HRSS-001");
        _setValue(combo("routing-rule-applicant-type"), "PERSON");
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("routing-rule-region-match"))
                .setValue(RegionMatch.WITHIN);
        _setValue(combo("routing-rule-region"), "440000");
        _setValue(combo("routing-rule-lead"), "PSB");
        _click(_get(Button.class, spec -> spec.withId("routing-rule-save")));

        verify(service).checkRule(added);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.grid, 1)).containsSequence("2", "社会保障卡申领 (HRSS-001)", "Person",
                "Within Guangdong (440000)", "Public Security Bureau", "As in the catalog");
        assertThat(view.draftState.getText()).isEqualTo("The draft has changes that are not deployed.");

        when(service.deployed()).thenReturn(new RoutingTable("caseRouting:4:y", 4,
                Instant.parse("2026-11-30T02:00:00Z"), "Routing rules by admin", "FIRST",
                List.of(HOUSEHOLD, added, DEFAULT)));
        _click(view.deploy);

        verify(service).deploy(List.of(HOUSEHOLD, added, DEFAULT));
        assertThat(view.deployedLine.getText()).startsWith("In force: version 4");
        assertThat(view.draftState.getText()).isEqualTo("The draft is the version in force.");
    }

    @Test
    void aRefusedRuleShowsTheMessageOnItsFieldAndStaysOutOfTheDraft() {
        open(Translations.ENGLISH);
        doThrow(new InvalidInputException(Map.of("collaboratingDepartmentCodes",
                "Public Security Bureau leads the case and cannot also collaborate on it.")))
                .when(service).checkRule(any());

        _click(action(view, 0, "routing-edit-1"));
        _click(_get(Button.class, spec -> spec.withId("routing-rule-save")));

        assertThat(_get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class,
                spec -> spec.withId("routing-rule-collaborating")).getErrorMessage())
                .isEqualTo("Public Security Bureau leads the case and cannot also collaborate on it.");
        assertThat(view.draftState.getText()).isEqualTo("The draft is the version in force.");
    }

    @Test
    void movesAndRemovesRulesAndShowsTheProblemsOfTheDraft() {
        open(Translations.ENGLISH);
        when(service.problems(List.of(DEFAULT, HOUSEHOLD))).thenReturn(List.of(
                new RoutingProblem(2, false,
                        "Rule 2 never applies: rule 1 before it takes every case it would take.")));

        _click(action(view, 0, "routing-down-1"));

        assertThat(GridKt._getFormatted(view.grid, 0, "item")).isEqualTo("Any item");
        assertThat(view.problems.getElement().getTextRecursively())
                .isEqualTo("Warning: Rule 2 never applies: rule 1 before it takes every case it would take.");

        _click(action(view, 1, "routing-remove-2"));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        _click(view.discard);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        verify(service, never()).deploy(anyList());
    }

    @Test
    void checksASampleCaseOnTheDraftAndTheDeployedVersion() {
        open(Translations.ENGLISH);
        when(service.trySample(List.of(HOUSEHOLD, DEFAULT), new SampleCase("PSB-002", "PERSON", "440000")))
                .thenReturn(new SampleCheck(new SampleRouting(1, null, List.of("AMR")),
                        new SampleRouting(null, null, List.of())));

        _setValue(view.sampleItem, "PSB-002");
        _setValue(view.sampleApplicantType, "PERSON");
        _setValue(view.sampleRegion, "440000");
        _click(view.check);

        assertThat(_get(Paragraph.class, spec -> spec.withId("routing-sample-draft")).getText()).isEqualTo(
                "Draft: Rule 1 applies; lead department: As in the catalog; collaborating: Market Regulation Bureau");
        assertThat(_get(Paragraph.class, spec -> spec.withId("routing-sample-deployed")).getText())
                .isEqualTo("Version 3 in force: No rule applies: the catalog departments handle it.");
    }
}
