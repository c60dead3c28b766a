package org.onewindow.casework.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseRegistered;
import org.springframework.stereotype.Component;

/**
 * Routes a case with the {@code caseRouting} decision table ({@code processes/case-routing.dmn}), so that
 * routing rules change without code. Empty outputs keep the catalog's departments, and so does a rule naming an
 * inactive department: it takes no new cases (an inactive collaborating department is left out).
 *
 * <p>The table's answers are kept per deployed version of the table and per input: evaluating it (FEEL) was a
 * third of the CPU time of registering a case in the load benchmark (docs/benchmarks.md, issue 7). A new
 * version of the table is used for cases registered from a few seconds after its deployment on. The cache holds
 * because the table reads nothing but its three inputs; a rule that used the date ({@code today()}) would need
 * the cache to go.
 *
 * <p>Administrators deploy new versions on the routing rules screen ({@code DefaultRoutingRulesService}); the
 * version that routed a case is kept with it ({@code CaseRoutingStore}).
 */
@Component
class CaseRouting {

    static final String DECISION_KEY = "caseRouting";
    /** Items × applicant types × regions of a hall stay far below this; beyond it the cache starts afresh. */
    private static final int MAX_CACHED = 10_000;

    /** The departments and the version of the table that chose them. */
    record Route(String leadDepartment, List<String> collaboratingDepartments, String decisionDefinitionId,
            int decisionVersion) {
    }

    /** How long the newest version of the table is taken as known before the database is asked again. */
    static final java.time.Duration LATEST_VERSION_CHECK = java.time.Duration.ofSeconds(5);

    private record LatestTable(String id, int version, long checkedAtNanos) {
    }

    private record Inputs(String decisionDefinitionId, String serviceItemCode, String applicantType,
            String regionCode) {
    }

    /** The table's outputs as written; blank means "the catalog's". */
    private record Outputs(String leadDepartment, String collaboratingDepartments) {
    }

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final Map<Inputs, Outputs> answers = new ConcurrentHashMap<>();
    private volatile LatestTable latest;

    private final DirectoryService directory;

    CaseRouting(DecisionService decisions, RepositoryService repository, DirectoryService directory) {
        this.decisions = decisions;
        this.repository = repository;
        this.directory = directory;
    }

    Route route(CaseRegistered event) {
        LatestTable table = latestTable();
        Inputs inputs = new Inputs(table.id(), event.serviceItemCode(), event.applicantType(), event.regionCode());
        Outputs outputs = answers.get(inputs);
        if (outputs == null) {
            outputs = evaluate(inputs);
            if (answers.size() >= MAX_CACHED) {
                answers.clear();
            }
            answers.put(inputs, outputs);
        }
        String lead = outputs.leadDepartment();
        String collaborating = outputs.collaboratingDepartments();
        return new Route(lead == null || lead.isBlank() || !active(lead) ? event.leadDepartmentCode() : lead,
                collaborating == null || collaborating.isBlank() ? event.collaboratingDepartmentCodes()
                        : Arrays.stream(collaborating.split(",")).map(String::trim).filter(code -> !code.isEmpty())
                                .filter(this::active).toList(),
                table.id(), table.version());
    }

    /**
     * Makes the next case on this node ask for the newest version at once: called when a new version was deployed
     * here. Other nodes see it within {@link #LATEST_VERSION_CHECK}.
     */
    void forgetLatestVersion() {
        latest = null;
    }

    /** Read per case, not cached with the table's answers: a department may be deactivated at any time. */
    private boolean active(String departmentCode) {
        return directory.department(departmentCode).map(Department::active).orElse(true);
    }

    /**
     * The id of the newest deployed version of the table, looked up at most every {@link #LATEST_VERSION_CHECK}:
     * asking the database on every registration was a query per case, while a new version of the table is rare.
     * Any node sees a new version within that time, also one deployed through another node.
     */
    private LatestTable latestTable() {
        LatestTable known = latest;
        long now = System.nanoTime();
        if (known != null && now - known.checkedAtNanos() < LATEST_VERSION_CHECK.toNanos()) {
            return known;
        }
        DecisionDefinition table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .latestVersion().singleResult();
        LatestTable found = new LatestTable(table.getId(), table.getVersion(), now);
        latest = found;
        return found;
    }

    private Outputs evaluate(Inputs inputs) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("serviceItemCode", inputs.serviceItemCode());
        variables.put("applicantType", inputs.applicantType());
        variables.put("regionCode", inputs.regionCode());
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableById(inputs.decisionDefinitionId(), variables)
                .getFirstResult();
        return result == null ? new Outputs(null, null)
                : new Outputs((String) result.getEntryMap().get("leadDepartment"),
                        (String) result.getEntryMap().get("collaboratingDepartments"));
    }
}
