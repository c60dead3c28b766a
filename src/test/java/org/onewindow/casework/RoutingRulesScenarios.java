package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.audit.AuditFilter;
import org.onewindow.audit.LoggedChange;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.PageRequest;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Administrators deploy an edited routing table and new cases follow it, on H2 ({@link RoutingRulesIntegrationTest})
 * and PostgreSQL ({@link RoutingRulesPostgresIntegrationTest}). Each test puts the table in force before it back as
 * a newer version, since the other tests of the shared context route by it.
 */
abstract class RoutingRulesScenarios {

    static final String SOCIAL_SECURITY_CARD = CaseFlowScenarios.SOCIAL_SECURITY_CARD; // catalog: lead HRSS

    @Autowired
    RoutingRulesService routingRules;
    @Autowired
    CaseRegistrationService registrations;
    @Autowired
    CaseRecordService intake;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    AdministrativeChanges auditLog;
    @Autowired
    RepositoryService repository;
    @Autowired
    Staff staff;

    private List<RoutingRule> inForce;

    @BeforeEach
    void rememberTheTableInForce() {
        inForce = staff.as("admin", () -> routingRules.deployed()).rules();
    }

    @AfterEach
    void putTheTableBack() {
        if (!staff.as("admin", () -> routingRules.deployed()).rules().equals(inForce)) {
            staff.as("admin", () -> routingRules.deploy(inForce));
        }
    }

    @Test
    void aDeployedRuleRoutesNewCasesWhileEarlierCasesKeepTheirRoutingAndVersion() {
        RoutingTable before = staff.as("admin", () -> routingRules.deployed());
        String earlier = register();

        List<RoutingRule> edited = new ArrayList<>(before.rules());
        edited.add(0, new RoutingRule(SOCIAL_SECURITY_CARD, null, RegionMatch.ANY, null, "CIVIL", List.of("HRSS"),
                "Social security cards go to civil affairs this month."));
        RoutingTable deployed = staff.as("admin", () -> routingRules.deploy(edited));
        String later = register();

        assertThat(deployed.version()).isEqualTo(before.version() + 1);
        assertThat(deployed.rules()).isEqualTo(edited);
        assertThat(deployed.deploymentName()).startsWith("Routing rules by admin at ");
        assertThat(staff.as("admin", () -> routingRules.deployed()).decisionDefinitionId())
                .isEqualTo(deployed.decisionDefinitionId());

        CaseDetails routed = intake.caseDetails(later).orElseThrow();
        assertThat(routed.leadDepartmentCode()).isEqualTo("CIVIL");
        assertThat(routed.collaboratingDepartmentCodes()).containsExactly("HRSS");
        assertThat(routedBy(later)).isEqualTo(deployed.version());
        assertThat(staff.as("frontdesk", () -> caseFiles.caseFile(later)).routedBy().decisionDefinitionId())
                .isEqualTo(deployed.decisionDefinitionId());

        CaseDetails kept = intake.caseDetails(earlier).orElseThrow();
        assertThat(kept.leadDepartmentCode()).isEqualTo("HRSS");
        assertThat(kept.collaboratingDepartmentCodes()).isEmpty();
        assertThat(routedBy(earlier)).isEqualTo(before.version());

        List<LoggedChange> logged = staff.as("admin",
                () -> auditLog.search(new AuditFilter(AdminArea.ROUTING, null, null, null, null),
                        new PageRequest(0, 5)));
        assertThat(logged).first().satisfies(change -> {
            assertThat(change.actor()).isEqualTo("admin");
            assertThat(change.action()).isEqualTo(AdminAction.DEPLOYED);
            assertThat(change.subject()).isEqualTo("caseRouting");
            assertThat(change.before()).startsWith("v" + before.version() + ": 1. PSB-002");
            assertThat(change.after()).startsWith("v" + deployed.version() + ": 1. " + SOCIAL_SECURITY_CARD
                    + ", any applicant, any region → lead CIVIL, collaborating HRSS; 2. PSB-002");
        });
    }

    @Test
    void aDraftWithErrorsIsNotDeployedAndNothingIsLogged() {
        RoutingTable before = staff.as("admin", () -> routingRules.deployed());
        long logged = staff.as("admin",
                () -> auditLog.count(new AuditFilter(AdminArea.ROUTING, null, null, null, null)));
        List<RoutingRule> wrong = List.of(
                new RoutingRule(SOCIAL_SECURITY_CARD, null, RegionMatch.ANY, null, "NOWHERE", List.of(), null));

        assertThatThrownBy(() -> staff.as("admin", () -> routingRules.deploy(wrong)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Not deployed: Rule 1: There is no department with code NOWHERE.");
        assertThatThrownBy(() -> staff.as("admin", () -> routingRules.deploy(List.of())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("cannot be empty");

        assertThat(staff.as("admin", () -> routingRules.deployed()).version()).isEqualTo(before.version());
        assertThat(staff.as("admin",
                () -> auditLog.count(new AuditFilter(AdminArea.ROUTING, null, null, null, null)))).isEqualTo(logged);
    }

    @Test
    void aSampleCaseIsRoutedByTheDraftWithoutDeployingIt() {
        RoutingTable before = staff.as("admin", () -> routingRules.deployed());
        List<RoutingRule> draft = new ArrayList<>(before.rules());
        draft.add(0, new RoutingRule(SOCIAL_SECURITY_CARD, "PERSON", RegionMatch.WITHIN, "440000", "CIVIL",
                List.of(), null));

        SampleCheck fromGuangdong = staff.as("admin",
                () -> routingRules.trySample(draft, new SampleCase(SOCIAL_SECURITY_CARD, "PERSON", "440524")));
        SampleCheck fromBeijing = staff.as("admin",
                () -> routingRules.trySample(draft, new SampleCase(SOCIAL_SECURITY_CARD, "PERSON", "110105")));

        assertThat(fromGuangdong.draft()).isEqualTo(new SampleRouting(1, "CIVIL", List.of()));
        assertThat(fromGuangdong.deployed()).isEqualTo(new SampleRouting(3, null, List.of()));
        assertThat(fromBeijing.draft()).isEqualTo(new SampleRouting(4, null, List.of()));
        assertThat(staff.as("admin", () -> routingRules.deployed()).version()).isEqualTo(before.version());
    }

    @Test
    void aVersionDeployedThroughAnotherNodeRoutesTheCasesOfThisOneWithinSeconds() throws Exception {
        RoutingTable before = staff.as("admin", () -> routingRules.deployed());
        register(); // this node now knows the version in force
        // Another node shares the repository: its deployment reaches this node only through the database.
        DmnModelInstance table = repository.getDmnModelInstance(before.decisionDefinitionId());
        String xml = Dmn.convertToString(table);
        String withHrssFirst = xml.replaceFirst("<rule ", "<rule id=\"rule_other_node\"><inputEntry id=\"o1\"><text>\""
                + SOCIAL_SECURITY_CARD + "\"</text></inputEntry><inputEntry id=\"o2\"><text>-</text></inputEntry>"
                + "<inputEntry id=\"o3\"><text>-</text></inputEntry><outputEntry id=\"o4\"><text>\"CIVIL\"</text>"
                + "</outputEntry><outputEntry id=\"o5\"><text></text></outputEntry></rule><rule ");
        repository.createDeployment().name("Routing rules from the other node")
                .addString("case-routing.dmn", withHrssFirst).enableDuplicateFiltering(false).deploy();
        int otherNodesVersion = before.version() + 1;

        await("a new case routed by the version the other node deployed").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofSeconds(1)).until(() -> routedBy(register()) == otherNodesVersion);
        assertThat(intake.caseDetails(register()).orElseThrow().leadDepartmentCode()).isEqualTo("CIVIL");
    }

    @Test
    void onlyAdministratorsKeepTheRoutingRules() {
        assertThatThrownBy(() -> staff.as("frontdesk", () -> routingRules.deployed()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("hrss.head", () -> routingRules.deploy(inForce)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String register() {
        return staff.as("frontdesk",
                () -> registrations.register(CaseFlowScenarios.registration(SOCIAL_SECURITY_CARD)).caseNumber());
    }

    private int routedBy(String caseNumber) {
        return staff.as("frontdesk", () -> caseFiles.caseFile(caseNumber)).routedBy().version();
    }
}
