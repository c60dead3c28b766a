package org.onewindow.casework.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.onewindow.casework.SampleCase;
import org.onewindow.casework.SampleRouting;

/**
 * Evaluates a routing table in memory with Camunda's DMN engine (the same FEEL as the process engine's), without
 * deploying it: to try a draft on a sample case. The table goes through its XML first, so what is tried is what
 * would be deployed. The matching rule is taken from the engine's own evaluation event.
 */
final class RoutingEvaluator {

    private static final ThreadLocal<List<String>> MATCHED = new ThreadLocal<>();
    private static final DmnEngine ENGINE = engine();

    private RoutingEvaluator() {
    }

    private static DmnEngine engine() {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(
                List.of(RoutingEvaluator::remember));
        return configuration.buildEngine();
    }

    private static void remember(DmnDecisionTableEvaluationEvent event) {
        List<String> matched = MATCHED.get();
        if (matched != null) {
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
        }
    }

    static SampleRouting evaluate(DmnModelInstance model, SampleCase sample) {
        byte[] xml = Dmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
        DmnDecision decision = ENGINE.parseDecision(RoutingTableModel.DECISION_KEY, new ByteArrayInputStream(xml));
        Map<String, Object> variables = new HashMap<>();
        variables.put(RoutingTableModel.ITEM, sample.serviceItemCode());
        variables.put(RoutingTableModel.APPLICANT_TYPE, sample.applicantType());
        variables.put(RoutingTableModel.REGION, sample.regionCode());
        List<String> matched = new ArrayList<>();
        MATCHED.set(matched);
        DmnDecisionRuleResult result;
        try {
            result = ENGINE.evaluateDecisionTable(decision, variables).getFirstResult();
        } finally {
            MATCHED.remove();
        }
        if (result == null) {
            return new SampleRouting(null, null, List.of());
        }
        int index = matched.isEmpty() ? -1 : RoutingTableModel.ruleIds(model).indexOf(matched.get(0));
        String lead = (String) result.getEntryMap().get(RoutingTableModel.LEAD);
        String collaborating = (String) result.getEntryMap().get(RoutingTableModel.COLLABORATING);
        return new SampleRouting(index < 0 ? null : index + 1, lead == null || lead.isBlank() ? null : lead,
                collaborating == null || collaborating.isBlank() ? List.of()
                        : Arrays.stream(collaborating.split(",")).map(String::trim).filter(code -> !code.isEmpty())
                                .toList());
    }
}
