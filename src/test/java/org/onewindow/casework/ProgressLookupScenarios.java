package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.MaterialsRequest;
import org.onewindow.casework.ProgressStep.State;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseLookup;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.LookupProperties;
import org.onewindow.intake.LookupRefusedException;
import org.onewindow.intake.LookupRefusedException.Reason;
import org.onewindow.intake.Outcome;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.notification.NotificationService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PageRequest;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The citizen's progress lookup through the services, on H2 ({@link ProgressLookupIntegrationTest}) and on
 * PostgreSQL ({@link ProgressLookupPostgresIntegrationTest}): what the right pair shows at each stage, that a
 * wrong pair tells nothing, the attempt limit, and that nothing in the page model names a person.
 */
abstract class ProgressLookupScenarios {

    static final String COMPANY_REGISTRATION = "AMR-003"; // lead AMR, joint review by PSB and HRSS
    static final String SOCIAL_SECURITY_CARD = "HRSS-001"; // lead HRSS, no joint review

    private static final String CITIZEN = "Zhao Lan";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String MOBILE = "13800138000";
    private static final String NOTES = "Applicant speaks Cantonese.";

    @Autowired
    CaseProgressService progress;
    @Autowired
    CaseRecordService intake;
    @Autowired
    CaseRegistrationService registrations;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;
    @Autowired
    DirectoryService directory;
    @Autowired
    NotificationService notifications;
    @Autowired
    LookupProperties limits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Staff staff;

    /** Each test its own client, so that one test's failures do not count against another's. */
    private final String client = "198.51.100." + UUID.randomUUID();

    @Test
    void rightPairShowsTheStepsDoneInProgressAndToComeAndTheDueDate() {
        RegisteredCase registered = register(COMPANY_REGISTRATION, "Application form", "Articles of association",
                "ID cards of shareholders", "Proof of registered address");
        String caseNumber = registered.caseNumber();
        String review = claimFromQueue("amr.worker", caseNumber);
        staff.run("amr.worker", () -> work.submitOpinion(review, new StepOpinion("Articles in order.")));

        // As citizens type it: lower case, with spaces.
        String typedCode = registered.lookupCode().substring(0, 4).toLowerCase(Locale.ROOT) + " "
                + registered.lookupCode().substring(4).toLowerCase(Locale.ROOT);
        CaseProgress found = progress.progress(new CaseLookup(" " + caseNumber.toLowerCase(Locale.ROOT), typedCode),
                client);

        CaseDetails details = intake.caseDetails(caseNumber).orElseThrow();
        assertThat(found.caseNumber()).isEqualTo(caseNumber);
        assertThat(found.serviceItemName()).isEqualTo("Company establishment registration");
        assertThat(found.leadDepartmentName()).isEqualTo(department("AMR"));
        assertThat(found.status()).isEqualTo(CaseStatus.JOINT_REVIEW);
        assertThat(found.acceptedAt()).isEqualTo(details.acceptedAt());
        assertThat(found.dueAt()).isEqualTo(details.dueAt());
        assertThat(found.missingMaterials()).isNull();
        assertThat(found.outcome()).isNull();
        assertThat(found.closedAt()).isNull();
        assertThat(found.steps()).hasSize(6);
        assertThat(found.steps().subList(0, 2)).extracting(ProgressStep::kind, ProgressStep::departmentName,
                ProgressStep::state).containsExactly(
                        tuple(StepKind.ACCEPTANCE, null, State.DONE),
                        tuple(StepKind.REVIEW, department("AMR"), State.DONE));
        assertThat(found.steps().subList(2, 4)).extracting(ProgressStep::kind, ProgressStep::departmentName,
                ProgressStep::state).containsExactlyInAnyOrder(
                        tuple(StepKind.JOINT_REVIEW, department("PSB"), State.IN_PROGRESS),
                        tuple(StepKind.JOINT_REVIEW, department("HRSS"), State.IN_PROGRESS));
        assertThat(found.steps().subList(4, 6)).extracting(ProgressStep::kind, ProgressStep::departmentName,
                ProgressStep::state).containsExactly(
                        tuple(StepKind.DECISION, department("AMR"), State.PENDING),
                        tuple(StepKind.DELIVERY, null, State.PENDING));
        // The window's registration was the acceptance: done when the case was accepted.
        assertThat(found.steps().get(0).at()).isEqualTo(details.acceptedAt());
        assertThat(found.steps().subList(0, 4)).allSatisfy(step -> assertThat(step.at()).isNotNull()
                .isBetween(details.acceptedAt(), clock.instant()));
        assertThat(found.steps().subList(4, 6)).allSatisfy(step -> assertThat(step.at()).isNull());

        // The acceptance SMS (in Chinese, the citizen's default) links to the page with the case number filled in,
        // never with the code.
        assertThat(notifications.messagesOfCase(caseNumber))
                .filteredOn(message -> message.purpose().equals("CASE_ACCEPTED"))
                .singleElement().satisfies(message -> assertThat(message.body())
                        .contains("可凭受理回执上的查询码在网上查询办理进度")
                        .endsWith("/progress?case=" + caseNumber)
                        .doesNotContain(registered.lookupCode()));
    }

    @Test
    void caseWaitingForMaterialsShowsWhatToBringAndResumesWhereItWasReturned() {
        RegisteredCase registered = register(SOCIAL_SECURITY_CARD, "Resident ID card");
        String caseNumber = registered.caseNumber();
        String review = claimFromQueue("hrss.worker", caseNumber);
        staff.run("hrss.worker", () -> work.returnForMaterials(review, new MaterialsRequest(List.of("Recent photo"),
                "A colour photo, 35 x 45 mm.")));

        CaseProgress waiting = progress.progress(new CaseLookup(caseNumber, registered.lookupCode()), client);

        assertThat(waiting.status()).isEqualTo(CaseStatus.WAITING_FOR_MATERIALS);
        assertThat(waiting.missingMaterials()).satisfies(missing -> {
            // Read without a request, in English: the materials are named in the page's language, as the item is.
            assertThat(missing.missing()).containsExactly("Recent photo");
            assertThat(missing.note()).isEqualTo("A colour photo, 35 x 45 mm.");
            assertThat(missing.bringBy()).isAfter(missing.issuedAt());
        });
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(progress.progress(new CaseLookup(caseNumber, registered.lookupCode()), client)
                    .missingMaterials().missing()).as("read in Chinese").containsExactly("近期一寸免冠照片");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(waiting.steps()).extracting(ProgressStep::kind, ProgressStep::state).containsExactly(
                tuple(StepKind.ACCEPTANCE, State.DONE),
                tuple(StepKind.REVIEW, State.RETURNED_FOR_MATERIALS),
                tuple(StepKind.MATERIALS, State.IN_PROGRESS),
                tuple(StepKind.REVIEW, State.PENDING),
                tuple(StepKind.DECISION, State.PENDING),
                tuple(StepKind.DELIVERY, State.PENDING));

        clock.advance(Duration.ofDays(2));
        String receive = claimFromQueue("frontdesk", caseNumber);
        staff.run("frontdesk", () -> work.confirmMaterialsReceived(receive, List.of("Recent photo")));
        CaseProgress resumed = progress.progress(new CaseLookup(caseNumber, registered.lookupCode()), client);

        assertThat(resumed.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(resumed.missingMaterials()).isNull();
        assertThat(resumed.dueAt()).isEqualTo(intake.caseDetails(caseNumber).orElseThrow().dueAt());
        assertThat(resumed.steps()).extracting(ProgressStep::kind, ProgressStep::state).containsExactly(
                tuple(StepKind.ACCEPTANCE, State.DONE),
                tuple(StepKind.REVIEW, State.RETURNED_FOR_MATERIALS),
                tuple(StepKind.MATERIALS, State.DONE),
                tuple(StepKind.REVIEW, State.IN_PROGRESS),
                tuple(StepKind.DECISION, State.PENDING),
                tuple(StepKind.DELIVERY, State.PENDING));
    }

    @Test
    void closedCaseShowsTheResultAndTheReasonsGivenToTheCitizen() {
        RegisteredCase rejected = decided(false, "The photo does not meet the rules for ID photos.");
        CaseProgress decided = progress.progress(new CaseLookup(rejected.caseNumber(), rejected.lookupCode()), client);
        // Decided but not yet delivered: the result notice at the window tells it first.
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.outcome()).isNull();
        assertThat(decided.reason()).isNull();
        assertThat(decided.steps()).last().extracting(ProgressStep::kind, ProgressStep::state)
                .containsExactly(StepKind.DELIVERY, State.IN_PROGRESS);

        deliver(rejected.caseNumber());
        CaseProgress closed = progress.progress(new CaseLookup(rejected.caseNumber(), rejected.lookupCode()), client);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(closed.reason()).isEqualTo("The photo does not meet the rules for ID photos.");
        assertThat(closed.closedAt()).isEqualTo(intake.caseDetails(rejected.caseNumber()).orElseThrow().closedAt());
        assertThat(closed.steps()).extracting(ProgressStep::kind).containsExactly(StepKind.ACCEPTANCE,
                StepKind.REVIEW, StepKind.DECISION, StepKind.DELIVERY);
        assertThat(closed.steps()).allSatisfy(step -> assertThat(step.state()).isEqualTo(State.DONE));

        RegisteredCase approved = decided(true, null);
        deliver(approved.caseNumber());
        CaseProgress approvedProgress = progress.progress(new CaseLookup(approved.caseNumber(), approved.lookupCode()),
                client);
        assertThat(approvedProgress.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(approvedProgress.reason()).isNull();
    }

    @Test
    void wrongCodeUnknownCaseAndNonsenseGetTheSameAnswer() {
        RegisteredCase registered = register(SOCIAL_SECURITY_CARD, "Resident ID card", "Recent photo");
        String wrongCode = registered.lookupCode().equals("ABCDEFGH") ? "HGFEDCBA" : "ABCDEFGH";

        List<LookupRefusedException> refusals = new ArrayList<>();
        for (String[] pair : List.of(new String[] { registered.caseNumber(), wrongCode },
                new String[] { "OW-19991231-99999", registered.lookupCode() },
                new String[] { "x".repeat(200), "'; drop table intake_case; --" })) {
            assertThatThrownBy(() -> progress.progress(new CaseLookup(pair[0], pair[1]), client))
                    .isInstanceOfSatisfying(LookupRefusedException.class, refusals::add);
        }
        assertThat(refusals).extracting(LookupRefusedException::reason).containsOnly(Reason.WRONG_PAIR);
        assertThat(refusals).extracting(LookupRefusedException::getMessage).containsOnly(
                "No case has this number with this lookup code. Check both on your acceptance receipt.");
        assertThat(refusals).extracting(LookupRefusedException::retryAt).containsOnlyNulls();
        assertThat(failuresOf(client)).isEqualTo(3);

        // Empty fields are a typing slip, said field by field, and not counted.
        assertThatThrownBy(() -> progress.progress(new CaseLookup(" ", null), client))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("caseNumber", "lookupCode"));
        assertThat(failuresOf(client)).isEqualTo(3);

        // Only the hash of the code is stored.
        assertThat(jdbc.sql("select lookup_code_hash from intake_case where case_number = :n")
                .param("n", registered.caseNumber()).query(String.class).single())
                .hasSize(64).doesNotContain(registered.lookupCode());
    }

    @Test
    void clientIsBlockedAfterTooManyWrongPairsAndLetInAgainAfterTheWindow() {
        RegisteredCase registered = register(SOCIAL_SECURITY_CARD, "Resident ID card", "Recent photo");
        String caseNumber = registered.caseNumber();
        Instant firstFailure = clock.instant();
        for (int i = 0; i < limits.maxFailures(); i++) {
            assertThatThrownBy(() -> progress.progress(new CaseLookup(caseNumber, "WRONGXYZ"), client))
                    .isInstanceOfSatisfying(LookupRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PAIR));
        }

        // Now even the right pair is refused, without being checked, until the first failure is old enough.
        assertThatThrownBy(() -> progress.progress(new CaseLookup(caseNumber, registered.lookupCode()), client))
                .isInstanceOfSatisfying(LookupRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ATTEMPTS);
                    assertThat(e.retryAt()).isBetween(firstFailure.plus(limits.window()),
                            clock.instant().plus(limits.window()));
                    assertThat(e.getMessage()).startsWith("Too many wrong case numbers or lookup codes")
                            .contains("Try again after");
                });
        assertThat(failuresOf(client)).as("refused attempts are not counted").isEqualTo(limits.maxFailures());
        // Another client is not held up.
        assertThat(
                progress.progress(new CaseLookup(caseNumber, registered.lookupCode()), client + "-other").caseNumber())
                .isEqualTo(caseNumber);

        clock.advance(limits.window().plusSeconds(1));
        assertThat(progress.progress(new CaseLookup(caseNumber, registered.lookupCode()), client).caseNumber())
                .isEqualTo(caseNumber);
    }

    @Test
    void rightPairDoesNotWipeEarlierFailures() {
        // Else someone who knows one pair (their own) could try codes of other cases without limit.
        RegisteredCase registered = register(SOCIAL_SECURITY_CARD, "Resident ID card", "Recent photo");
        for (int i = 0; i < limits.maxFailures() - 1; i++) {
            assertThatThrownBy(() -> progress.progress(new CaseLookup("OW-19991231-00001", "ABCDEFGH"), client))
                    .isInstanceOf(LookupRefusedException.class);
        }
        progress.progress(new CaseLookup(registered.caseNumber(), registered.lookupCode()), client);
        assertThatThrownBy(() -> progress.progress(new CaseLookup("OW-19991231-00002", "ABCDEFGH"), client))
                .isInstanceOfSatisfying(LookupRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PAIR));
        assertThatThrownBy(() -> progress.progress(new CaseLookup(registered.caseNumber(), registered.lookupCode()),
                client))
                .isInstanceOfSatisfying(LookupRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ATTEMPTS));
    }

    @Test
    void pageModelNamesNoPerson() {
        RegisteredCase registered = register(SOCIAL_SECURITY_CARD, "Resident ID card");
        String caseNumber = registered.caseNumber();
        String review = claimFromQueue("hrss.worker", caseNumber);
        staff.run("hrss.worker",
                () -> work.returnForMaterials(review, new MaterialsRequest(List.of("Recent photo"), null)));
        String waiting = progress.progress(new CaseLookup(caseNumber, registered.lookupCode()), client).toString();
        String receive = claimFromQueue("frontdesk", caseNumber);
        staff.run("frontdesk", () -> work.confirmMaterialsReceived(receive, List.of("Recent photo")));
        String reviewAgain = claimFromQueue("hrss.worker", caseNumber);
        staff.run("hrss.worker", () -> work.submitOpinion(reviewAgain, new StepOpinion("Photo meets the rules.")));
        String decision = claimFromQueue("hrss.head", caseNumber);
        staff.run("hrss.head", () -> work.decide(decision, new Decision(false, "Card already issued this year.")));
        deliver(caseNumber);
        String closed = progress.progress(new CaseLookup(caseNumber, registered.lookupCode()), client).toString();

        CaseDetails details = intake.caseDetails(caseNumber).orElseThrow();
        List<String> personal = new ArrayList<>(List.of(CITIZEN, ID_NUMBER, details.citizenMaskedIdNumber(), MOBILE,
                details.citizenMaskedMobile(), NOTES, "Checked by the window.", "Photo meets the rules."));
        for (String username : List.of("frontdesk", "frontdesk2", "hrss.worker", "hrss.head")) {
            personal.add(username);
            personal.add(directory.staff(username).orElseThrow().displayName());
        }
        for (String model : List.of(waiting, closed)) {
            assertThat(model).contains(caseNumber, "Social security card application");
            personal.forEach(text -> assertThat(model).as("the page model names no person").doesNotContain(text));
        }
        assertThat(closed).contains("Card already issued this year.");
        // Nor could it: no field of the model is meant for a person.
        assertThat(componentNames(CaseProgress.class)).noneMatch(name -> name.matches(
                "(?i).*(citizen|applicant|idnumber|mobile|phone|assignee|staff|registeredby|deliveredby|author|notes).*"));
    }

    // --- helpers

    private RegisteredCase register(String item, String... receivedMaterials) {
        return staff.as("frontdesk",
                () -> registrations.register(CaseRegistration.of(IdType.RESIDENT_ID, ID_NUMBER, CITIZEN,
                        MOBILE, item, List.of(receivedMaterials), NOTES, Channel.WINDOW)));
    }

    /** A social security card application up to the lead department's decision. */
    private RegisteredCase decided(boolean approve, String reason) {
        RegisteredCase registered = register(SOCIAL_SECURITY_CARD, "Resident ID card", "Recent photo");
        String caseNumber = registered.caseNumber();
        String review = claimFromQueue("hrss.worker", caseNumber);
        staff.run("hrss.worker", () -> work.submitOpinion(review, new StepOpinion("Fine.")));
        String decision = claimFromQueue("hrss.worker", caseNumber);
        staff.run("hrss.worker", () -> work.decide(decision, new Decision(approve, reason)));
        return registered;
    }

    private void deliver(String caseNumber) {
        String delivery = claimFromQueue("frontdesk2", caseNumber);
        staff.run("frontdesk2", () -> work.confirmDelivery(delivery, new Delivery("In person at the window", null)));
    }

    private String department(String code) {
        return directory.departmentName(code);
    }

    private String myTask(String username, String caseNumber) {
        return staff.as(username, () -> inbox.myTasks(new InboxFilter(caseNumber, null, false), new PageRequest(0, 5))
                .get(0).taskId());
    }

    private String claimFromQueue(String username, String caseNumber) {
        return staff.as(username, () -> {
            List<InboxTask> queue = inbox.departmentQueue(new InboxFilter(caseNumber, null, false),
                    new PageRequest(0, 5));
            assertThat(queue).as("%s's queue for %s", username, caseNumber).isNotEmpty();
            work.claim(queue.get(0).taskId());
            return queue.get(0).taskId();
        });
    }

    private long failuresOf(String clientKey) {
        return jdbc.sql("select count(*) from intake_lookup_failure where client_key = :client")
                .param("client", clientKey).query(Long.class).single();
    }

    /** Names of every record component reachable from the type, through lists and nested records. */
    private static List<String> componentNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
            Type generic = component.getGenericType();
            Class<?> nested = generic instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> element ? element
                            : component.getType();
            if (nested.isRecord()) {
                names.addAll(componentNames(nested));
            }
        }
        return names;
    }
}
