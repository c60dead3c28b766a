package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.RegionMatch;
import org.onewindow.casework.RoutingRule;
import org.onewindow.casework.SampleCase;
import org.onewindow.casework.SampleRouting;
import org.onewindow.shared.BusinessRuleException;

/** The routing table as rules and back: the shipped table survives the round trip and routes every case alike. */
class RoutingTableModelTest {

    private final DmnModelInstance shipped = shipped();

    private static DmnModelInstance shipped() {
        try (InputStream dmn = RoutingTableModelTest.class.getClassLoader()
                .getResourceAsStream("processes/case-routing.dmn")) {
            return Dmn.readModelFromStream(dmn);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Items, applicant types and regions that reach every rule of the shipped table and miss each. */
    private static List<SampleCase> samples() {
        List<SampleCase> samples = new ArrayList<>();
        for (String item : new String[] { "PSB-002", "AMR-002", "HRSS-001", null }) {
            for (String type : new String[] { "PERSON", "ENTERPRISE", null }) {
                for (String region : new String[] { "110105", "110000", "440524", "440300", "320311", null }) {
                    samples.add(new SampleCase(item, type, region));
                }
            }
        }
        return samples;
    }

    @Test
    void readsTheShippedTableAsItsThreeRules() {
        List<RoutingRule> rules = RoutingTableModel.read(shipped);

        assertThat(RoutingTableModel.hitPolicy(shipped)).isEqualTo("FIRST");
        assertThat(rules).containsExactly(
                new RoutingRule("PSB-002", null, RegionMatch.OUTSIDE, "110000", null, List.of("HOUSING", "CIVIL"),
                        "外省户口迁入：住建局核对住所，民政局同时核查家庭情况。"),
                new RoutingRule("AMR-002", "ENTERPRISE", RegionMatch.ANY, null, null, List.of("HEALTH", "FIRE"),
                        "企业申请食品经营许可：卫健委和消防救援大队同时审查。"),
                RoutingRule.catalogDefault("默认：按事项目录的牵头和协办部门办理。"));
    }

    @Test
    void theShippedTableWrittenBackRoutesEverySampleAsBefore() {
        DmnModelInstance written = reparsed(RoutingTableModel.write(shipped, RoutingTableModel.read(shipped)));

        assertThat(RoutingTableModel.read(written)).isEqualTo(RoutingTableModel.read(shipped));
        assertThat(RoutingTableModel.hitPolicy(written)).isEqualTo("FIRST");
        for (SampleCase sample : samples()) {
            assertThat(RoutingEvaluator.evaluate(written, sample)).as("%s", sample)
                    .isEqualTo(RoutingEvaluator.evaluate(shipped, sample));
        }
        // The samples reach each rule.
        assertThat(samples().stream().map(sample -> RoutingEvaluator.evaluate(written, sample).ruleNumber())
                .distinct()).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void keepsTheTableItsInputsOutputsAndTimeToLive() {
        String xml = Dmn.convertToString(RoutingTableModel.write(shipped, List.of(RoutingRule.catalogDefault(null))));

        assertThat(xml).contains("id=\"caseRouting\"", "historyTimeToLive=\"3650\"", "hitPolicy=\"FIRST\"",
                "<text>serviceItemCode</text>", "<text>applicantType</text>", "<text>regionCode</text>",
                "name=\"leadDepartment\"", "name=\"collaboratingDepartments\"");
        assertThat(xml).doesNotContain("rule_hukou");
    }

    @Test
    void aNewRuleSendsAnItemToAnotherDepartment() {
        List<RoutingRule> rules = new ArrayList<>(RoutingTableModel.read(shipped));
        rules.add(0, new RoutingRule("HRSS-001", "PERSON", RegionMatch.WITHIN, "440300", "CIVIL", List.of("HRSS"),
                "Shenzhen residents: civil affairs leads."));
        DmnModelInstance written = reparsed(RoutingTableModel.write(shipped, rules));

        assertThat(RoutingEvaluator.evaluate(written, new SampleCase("HRSS-001", "PERSON", "440305")))
                .isEqualTo(new SampleRouting(1, "CIVIL", List.of("HRSS")));
        assertThat(RoutingEvaluator.evaluate(written, new SampleCase("HRSS-001", "PERSON", "440524")))
                .isEqualTo(new SampleRouting(4, null, List.of()));
        assertThat(RoutingEvaluator.evaluate(written, new SampleCase("HRSS-001", "PERSON", null)))
                .isEqualTo(new SampleRouting(4, null, List.of()));
        assertThat(RoutingEvaluator.evaluate(written, new SampleCase("PSB-002", "PERSON", "440524")))
                .isEqualTo(new SampleRouting(2, null, List.of("HOUSING", "CIVIL")));
        assertThat(RoutingTableModel.read(written)).isEqualTo(rules);
    }

    @Test
    void aCaseWithoutRegionCodeIsNeitherWithinNorOutsideARegion() {
        assertThat(RoutingEvaluator.evaluate(shipped, new SampleCase("PSB-002", "ENTERPRISE", null)))
                .isEqualTo(new SampleRouting(3, null, List.of()));
        DmnModelInstance written = RoutingTableModel.write(shipped,
                List.of(new RoutingRule(null, null, RegionMatch.WITHIN, "440000", "PSB", List.of(), null),
                        new RoutingRule(null, null, RegionMatch.OUTSIDE, "440000", "CIVIL", List.of(), null)));
        assertThat(RoutingEvaluator.evaluate(written, new SampleCase("AMR-002", "ENTERPRISE", null)))
                .isEqualTo(new SampleRouting(null, null, List.of()));
        assertThat(RoutingEvaluator.evaluate(written, new SampleCase("AMR-002", "PERSON", "440524")).ruleNumber())
                .isEqualTo(1);
        assertThat(RoutingEvaluator.evaluate(written, new SampleCase("AMR-002", "PERSON", "110105")).ruleNumber())
                .isEqualTo(2);
    }

    @Test
    void readsTheRegionWithoutTheGuardAsTablesHadItBefore() {
        String xml = Dmn.convertToString(shipped).replace("regionCode != null and not(", "not(");

        assertThat(RoutingTableModel.read(reparsed(xml))).isEqualTo(RoutingTableModel.read(shipped));
    }

    @Test
    void withoutACatchAllRuleAnUnmatchedCaseKeepsTheCatalog() {
        DmnModelInstance written = RoutingTableModel.write(shipped,
                List.of(new RoutingRule("AMR-002", null, RegionMatch.ANY, null, "AMR", List.of(), null)));

        assertThat(RoutingEvaluator.evaluate(written, new SampleCase("HRSS-001", "PERSON", "110105")))
                .isEqualTo(new SampleRouting(null, null, List.of()));
    }

    @Test
    void regionsStandForTheirCodePrefix() {
        assertThat(RoutingTableModel.regionPrefix("440000")).isEqualTo("44");
        assertThat(RoutingTableModel.regionPrefix("440300")).isEqualTo("4403");
        assertThat(RoutingTableModel.regionPrefix("440305")).isEqualTo("440305");
        assertThat(RoutingTableModel.regionCode("4403")).isEqualTo("440300");
    }

    @Test
    void refusesAnEntryWrittenByHandThatItCannotEdit() {
        String xml = Dmn.convertToString(shipped).replace("<text>\"AMR-002\"</text>",
                "<text>\"AMR-002\",\"AMR-003\"</text>");

        assertThatThrownBy(() -> RoutingTableModel.read(reparsed(xml))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Rule 2 of the table in force has a condition this screen cannot edit: "
                        + "\"AMR-002\",\"AMR-003\". Have it changed in the decision table itself.");
    }

    @Test
    void theAuditLogReadsTheRulesAsText() {
        assertThat(RoutingTableModel.readable(RoutingTableModel.read(shipped))).isEqualTo(
                "1. PSB-002, any applicant, region not in 110000 → lead catalog's, collaborating HOUSING,CIVIL; "
                        + "2. AMR-002, ENTERPRISE, any region → lead catalog's, collaborating HEALTH,FIRE; "
                        + "3. any item, any applicant, any region → lead catalog's, collaborating catalog's");
    }

    private static DmnModelInstance reparsed(DmnModelInstance model) {
        return reparsed(Dmn.convertToString(model));
    }

    private static DmnModelInstance reparsed(String xml) {
        return Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
