package org.onewindow.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.casework.RoutingProblem;
import org.onewindow.casework.RoutingRule;
import org.onewindow.casework.RoutingRuleField;
import org.onewindow.casework.RoutingRulesService;
import org.onewindow.casework.RoutingTable;
import org.onewindow.casework.SampleCase;
import org.onewindow.casework.SampleCheck;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.security.RolesAllowed;

/**
 * The routing table as administrators keep it. Reads the newest deployed version of {@code caseRouting} from the
 * engine's repository (not the file shipped in the application, which a deployment from this screen supersedes),
 * and deploys a draft as a new version of the same decision, written over the deployed one so that its inputs,
 * outputs and hit policy stay as they are. The repository is in the shared database, so every node routes by the
 * new version within {@link CaseRouting#LATEST_VERSION_CHECK}, this node at once.
 */
@Service
@RolesAllowed(AppRoles.ADMIN)
@Transactional(readOnly = true)
class DefaultRoutingRulesService implements RoutingRulesService {

    /** The resource name of every deployment from the screen, as the application ships it. */
    static final String RESOURCE_NAME = "case-routing.dmn";
    static final String DEPLOYMENT_SOURCE = "onewindow-routing-rules";

    private final RepositoryService repository;
    private final RoutingRuleValidator validator;
    private final CaseRouting routing;
    private final AdministrativeChanges auditLog;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    DefaultRoutingRulesService(RepositoryService repository, RoutingRuleValidator validator, CaseRouting routing,
            AdministrativeChanges auditLog, CurrentStaff currentStaff, Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.routing = routing;
        this.auditLog = auditLog;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    private record Deployed(DecisionDefinition definition, DmnModelInstance model) {
    }

    private Deployed latest() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(RoutingTableModel.DECISION_KEY).latestVersion().singleResult();
        return new Deployed(definition, repository.getDmnModelInstance(definition.getId()));
    }

    @Override
    public RoutingTable deployed() {
        Deployed deployed = latest();
        Deployment deployment = repository.createDeploymentQuery()
                .deploymentId(deployed.definition().getDeploymentId()).singleResult();
        return new RoutingTable(deployed.definition().getId(), deployed.definition().getVersion(),
                deployment.getDeploymentTime().toInstant(), deployment.getName(),
                RoutingTableModel.hitPolicy(deployed.model()), RoutingTableModel.read(deployed.model()));
    }

    @Override
    public void checkRule(RoutingRule rule) {
        Map<RoutingRuleField, String> errors = validator.errors(rule);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    @Override
    public List<RoutingProblem> problems(List<RoutingRule> draft) {
        return validator.problems(draft, "FIRST".equals(RoutingTableModel.hitPolicy(latest().model())));
    }

    @Override
    public SampleCheck trySample(List<RoutingRule> draft, SampleCase sample) {
        Deployed deployed = latest();
        return new SampleCheck(RoutingEvaluator.evaluate(RoutingTableModel.write(deployed.model(), draft), sample),
                RoutingEvaluator.evaluate(deployed.model(), sample));
    }

    @Override
    @Transactional
    public RoutingTable deploy(List<RoutingRule> draft) {
        Deployed before = latest();
        List<RoutingProblem> errors = validator
                .problems(draft, "FIRST".equals(RoutingTableModel.hitPolicy(before.model()))).stream()
                .filter(RoutingProblem::error).toList();
        if (!errors.isEmpty()) {
            throw new BusinessRuleException(Translations.current("casework.routing.refused",
                    errors.stream().map(RoutingProblem::message).collect(Collectors.joining(" "))));
        }
        String who = currentStaff.find().map(StaffMember::username).orElse("system");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        repository.createDeployment().name("Routing rules by " + who + " at " + now).source(DEPLOYMENT_SOURCE)
                .addModelInstance(RESOURCE_NAME, RoutingTableModel.write(before.model(), draft))
                // Each deployment from the screen is a new version, even when the rules are unchanged.
                .enableDuplicateFiltering(false).deploy();
        RoutingTable deployed = deployed();
        auditLog.record(new AdministrativeChange(AdminArea.ROUTING, RoutingTableModel.DECISION_KEY,
                AdminAction.DEPLOYED,
                "v" + before.definition().getVersion() + ": "
                        + RoutingTableModel.readable(RoutingTableModel.read(before.model())),
                "v" + deployed.version() + ": " + RoutingTableModel.readable(deployed.rules())));
        forgetLatestVersionAfterCommit();
        return deployed;
    }

    /** Cases registered on this node after the commit take the new version at once (not at the next check). */
    private void forgetLatestVersionAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    routing.forgetLatestVersion();
                }
            });
        } else {
            routing.forgetLatestVersion();
        }
    }
}
