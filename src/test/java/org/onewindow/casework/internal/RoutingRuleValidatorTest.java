package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onewindow.casework.RegionMatch;
import org.onewindow.casework.RoutingProblem;
import org.onewindow.casework.RoutingRule;
import org.onewindow.casework.RoutingRuleField;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.Region;
import org.onewindow.intake.Regions;

/** What administrators are told about a routing rule and a draft table. */
class RoutingRuleValidatorTest {

    private final RoutingRuleValidator validator;

    RoutingRuleValidatorTest() {
        CatalogService catalog = mock(CatalogService.class);
        when(catalog.item(anyString())).thenReturn(Optional.empty());
        when(catalog.item("PSB-002")).thenReturn(Optional.of(ServiceItem.published("PSB-002", "Household transfer", "",
                "PSB", List.of("HOUSING"), List.of("Household register"), 5, true)));
        DirectoryService directory = mock(DirectoryService.class);
        when(directory.department(anyString())).thenReturn(Optional.empty());
        for (Department department : List.of(new Department("PSB", "公安局", "Public Security Bureau", true),
                new Department("CIVIL", "民政局", "Civil Affairs Bureau", true),
                new Department("FIRE", "消防救援大队", "Fire and Rescue Brigade", false))) {
            when(directory.department(department.code())).thenReturn(Optional.of(department));
            when(directory.departmentName(department.code())).thenReturn(department.nameEn());
        }
        Regions regions = () -> List.of(new Region("110000", "北京市", "Beijing"),
                new Region("440000", "广东省", "Guangdong"), new Region("440300", "深圳市", "Shenzhen"));
        validator = new RoutingRuleValidator(catalog, directory, regions);
    }

    private static RoutingRule rule(String item, RegionMatch match, String region, String lead,
            List<String> collaborating) {
        return new RoutingRule(item, null, match, region, lead, collaborating, null);
    }

    @Test
    void aRuleNamingWhatExistsPasses() {
        assertThat(validator.errors(rule("PSB-002", RegionMatch.OUTSIDE, "440000", "PSB", List.of("CIVIL"))))
                .isEmpty();
        assertThat(validator.errors(RoutingRule.catalogDefault(null))).isEmpty();
    }

    @Test
    void namesTheUnknownItemDepartmentAndRegion() {
        assertThat(validator.errors(rule("XYZ-001", RegionMatch.WITHIN, "990000", "NOWHERE", List.of("ELSEWHERE"))))
                .containsEntry(RoutingRuleField.SERVICE_ITEM_CODE, "The catalog has no item with code XYZ-001.")
                .containsEntry(RoutingRuleField.REGION_CODE, "Unknown region code: 990000.")
                .containsEntry(RoutingRuleField.LEAD_DEPARTMENT_CODE, "There is no department with code NOWHERE.")
                .containsEntry(RoutingRuleField.COLLABORATING_DEPARTMENT_CODES,
                        "There is no department with code ELSEWHERE.");
        assertThat(validator.errors(new RoutingRule(null, "ALIEN", RegionMatch.WITHIN, null, null, List.of(), null)))
                .containsEntry(RoutingRuleField.APPLICANT_TYPE, "Unknown applicant type: ALIEN.")
                .containsEntry(RoutingRuleField.REGION_CODE,
                        "Choose a region, or set the region condition to \"Any region\".");
    }

    @Test
    void theLeadCannotAlsoCollaborateNorAnInactiveDepartmentTakeCases() {
        assertThat(validator.errors(rule(null, RegionMatch.ANY, null, "PSB", List.of("CIVIL", "PSB"))))
                .containsExactly(java.util.Map.entry(RoutingRuleField.COLLABORATING_DEPARTMENT_CODES,
                        "Public Security Bureau leads the case and cannot also collaborate on it."));
        assertThat(validator.errors(rule(null, RegionMatch.ANY, null, "FIRE", List.of())))
                .containsExactly(java.util.Map.entry(RoutingRuleField.LEAD_DEPARTMENT_CODE,
                        "Fire and Rescue Brigade is inactive and takes no new cases."));
    }

    @Test
    void anEmptyTableIsRefused() {
        assertThat(validator.problems(List.of(), true)).containsExactly(new RoutingProblem(null, true,
                "The routing rules cannot be empty: keep at least one rule (such as \"any item, as in the catalog\")."));
    }

    @Test
    void warnsOfARuleAnEarlierOneShadowsWhenTheFirstMatchDecides() {
        List<RoutingRule> rules = List.of(rule("PSB-002", RegionMatch.WITHIN, "440000", null, List.of("CIVIL")),
                rule("PSB-002", RegionMatch.WITHIN, "440300", "PSB", List.of()),
                rule("PSB-002", RegionMatch.OUTSIDE, "440000", null, List.of("CIVIL")),
                rule("PSB-002", RegionMatch.WITHIN, "110000", null, List.of()), RoutingRule.catalogDefault(null),
                rule(null, RegionMatch.ANY, null, "PSB", List.of("NOWHERE")));

        assertThat(validator.problems(rules, true)).containsExactly(
                new RoutingProblem(2, false,
                        "Rule 2 never applies: rule 1 before it takes every case it would take."),
                new RoutingProblem(4, false,
                        "Rule 4 never applies: rule 3 before it takes every case it would take."),
                new RoutingProblem(6, true, "Rule 6: There is no department with code NOWHERE."),
                new RoutingProblem(6, false,
                        "Rule 6 never applies: rule 5 before it takes every case it would take."));
        assertThat(validator.problems(rules, false)).extracting(RoutingProblem::error).containsExactly(true);
    }
}
