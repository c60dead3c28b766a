package org.onewindow.casework.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.onewindow.intake.CaseRegistered;
import org.springframework.stereotype.Component;

/**
 * Routes a case with the {@code caseRouting} decision table ({@code processes/case-routing.dmn}), so that
 * routing rules change without code. Empty outputs keep the catalog's departments.
 */
@Component
class CaseRouting {

    static final String DECISION_KEY = "caseRouting";

    record Route(String leadDepartment, List<String> collaboratingDepartments) {
    }

    private final DecisionService decisions;

    CaseRouting(DecisionService decisions) {
        this.decisions = decisions;
    }

    Route route(CaseRegistered event) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("serviceItemCode", event.serviceItemCode());
        variables.put("applicantType", event.applicantType());
        variables.put("regionCode", event.regionCode());
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION_KEY, variables).getFirstResult();
        String lead = result == null ? null : (String) result.getEntryMap().get("leadDepartment");
        String collaborating = result == null ? null : (String) result.getEntryMap().get("collaboratingDepartments");
        return new Route(lead == null || lead.isBlank() ? event.leadDepartmentCode() : lead,
                collaborating == null || collaborating.isBlank() ? event.collaboratingDepartmentCodes()
                        : Arrays.stream(collaborating.split(",")).map(String::trim).filter(code -> !code.isEmpty()).toList());
    }
}
