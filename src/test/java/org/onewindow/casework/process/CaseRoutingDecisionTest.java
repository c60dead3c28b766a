package org.onewindow.casework.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/** The routing rules of {@code processes/case-routing.dmn}, one test per rule. */
class CaseRoutingDecisionTest {

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision decision;

    CaseRoutingDecisionTest() throws Exception {
        try (InputStream dmn = getClass().getClassLoader().getResourceAsStream("processes/case-routing.dmn")) {
            decision = engine.parseDecision("caseRouting", dmn);
        }
    }

    @Test
    void householdTransferFromAnotherProvinceAlsoGoesToCivilAffairs() {
        DmnDecisionRuleResult result = evaluate("PSB-002", "PERSON", "440524");
        assertThat((String) result.getEntryMap().get("leadDepartment")).isNull();
        assertThat((String) result.getEntryMap().get("collaboratingDepartments")).isEqualTo("HOUSING,CIVIL");
    }

    @Test
    void householdTransferWithinTheProvinceKeepsTheCatalogRouting() {
        DmnDecisionRuleResult result = evaluate("PSB-002", "PERSON", "110105");
        assertThat((String) result.getEntryMap().get("collaboratingDepartments")).isNull();
    }

    @Test
    void aCaseWithoutRegionCodeIsNotFromAnotherProvince() {
        assertThat((String) evaluate("PSB-002", "ENTERPRISE", null).getEntryMap().get("collaboratingDepartments"))
                .isNull();
    }

    @Test
    void foodLicenceForAnEnterpriseAddsFireSafety() {
        assertThat((String) evaluate("AMR-002", "ENTERPRISE", null).getEntryMap().get("collaboratingDepartments"))
                .isEqualTo("HEALTH,FIRE");
        assertThat((String) evaluate("AMR-002", "PERSON", "110105").getEntryMap().get("collaboratingDepartments"))
                .isNull();
    }

    @Test
    void everythingElseUsesTheCatalog() {
        DmnDecisionRuleResult result = evaluate("HRSS-001", "PERSON", "320311");
        assertThat((String) result.getEntryMap().get("leadDepartment")).isNull();
        assertThat((String) result.getEntryMap().get("collaboratingDepartments")).isNull();
    }

    private DmnDecisionRuleResult evaluate(String item, String applicantType, String region) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("serviceItemCode", item);
        variables.put("applicantType", applicantType);
        variables.put("regionCode", region);
        return engine.evaluateDecisionTable(decision, variables).getFirstResult();
    }
}
