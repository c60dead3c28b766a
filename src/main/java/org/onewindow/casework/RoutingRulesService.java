package org.onewindow.casework;

import java.util.List;

/**
 * Administrators keep the routing table {@code caseRouting} (which departments handle a case, by item, applicant
 * type and region) as rules: read the deployed version, check a draft, try it on a sample case and deploy it as a
 * new version, which routes the cases registered from then on.
 */
public interface RoutingRulesService {

    /** The newest deployed version of the table. */
    RoutingTable deployed();

    /**
     * Checks one rule by itself (known item, departments and region, lead not also collaborating).
     *
     * @throws org.onewindow.shared.InvalidInputException keyed by {@link RoutingRuleField}
     */
    void checkRule(RoutingRule rule);

    /** Every problem of a draft table: each rule's, an empty table, a rule an earlier one shadows; in rule order. */
    List<RoutingProblem> problems(List<RoutingRule> draft);

    /** The sample routed by the draft (evaluated in memory by the DMN engine, not deployed) and by the deployed table. */
    SampleCheck trySample(List<RoutingRule> draft, SampleCase sample);

    /**
     * Deploys the draft as a new version of the table and logs it in the administrative audit log.
     *
     * @throws org.onewindow.shared.BusinessRuleException when the draft has errors ({@link #problems}), naming them
     */
    RoutingTable deploy(List<RoutingRule> draft);
}
