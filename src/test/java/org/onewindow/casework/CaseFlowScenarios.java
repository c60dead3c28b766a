package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.onewindow.intake.MaterialsRequest;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.intake.CaseAccepted;
import org.onewindow.intake.CaseClosed;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.CaseSearchCriteria;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.CaseWithdrawn;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseMaterialsService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.InvalidRegistrationException;
import org.onewindow.intake.Outcome;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.support.ChecklistInHand;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The core journey and its rules through the module services, run on H2 ({@link CaseFlowIntegrationTest})
 * and on PostgreSQL ({@link CaseFlowPostgresIntegrationTest}).
 */
@RecordApplicationEvents
abstract class CaseFlowScenarios {

    static final String COMPANY_REGISTRATION = "AMR-003"; // lead AMR, joint review by PSB and HRSS
    static final String SOCIAL_SECURITY_CARD = "HRSS-001"; // no joint review
    static final String CONTRIBUTIONS_CERTIFICATE = "HRSS-004"; // instant: decided at the window

    @Autowired
    CaseRecordService intake;
    @Autowired
    CaseRegistrationService registrations;
    @Autowired
    CaseMaterialsService caseMaterials;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Staff staff;
    @Autowired
    ApplicationEvents events;
    @Autowired
    CaseSearchService caseSearch;
    @Autowired
    org.onewindow.notification.NotificationService notifications;
    @Autowired
    MutableClock clock;
    @Autowired
    ManagementService managementService;

    @Test
    void registrationAtTheWindowIsTheAcceptanceAndTheCaseGoesToTheLeadDepartment() {
        RegisteredCase registered = register(COMPANY_REGISTRATION);
        // As stored: the acceptance is recorded with the case's own time of acceptance.
        CaseDetails details = intake.caseDetails(registered.caseNumber()).orElseThrow();

        assertThat(details.caseNumber()).matches("OW-\\d{8}-\\d{5,}");
        assertThat(details.dueAt()).isEqualTo(calendar.deadline(details.acceptedAt(), 3));
        assertThat(details.citizenMaskedIdNumber()).isEqualTo("110***********002X");
        assertThat(details.materials()).filteredOn(material -> material.received()).hasSize(4);
        assertThat(registered.lookupCode()).hasSize(8);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(details.caseNumber()).count())
                .isEqualTo(1);

        // Nothing is left for the clerk: the lead department has the case at once.
        assertThat(staff.as("frontdesk", () -> inbox.myTasks(filter(details.caseNumber()), page()))).isEmpty();
        assertThat(status(details.caseNumber())).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(staff.as("amr.worker", () -> inbox.departmentQueue(filter(details.caseNumber()), page())))
                .singleElement().satisfies(task -> {
                    assertThat(task.taskKey()).isEqualTo(ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT);
                    assertThat(task.citizenName()).isEqualTo("Zhao Lan");
                });
        // The acceptance is the registering clerk's, at registration, in the case file as a confirmed one would be.
        CaseFile file = staff.as("manager", () -> caseFiles.caseFile(details.caseNumber()));
        assertThat(file.opinions()).singleElement().satisfies(opinion -> {
            assertThat(opinion.kind()).isEqualTo(StepKind.ACCEPTANCE);
            assertThat(opinion.taskKey()).isEqualTo(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW);
            assertThat(opinion.createdAt()).isEqualTo(details.acceptedAt());
            assertThat(opinion.text()).isEqualTo(
                    "窗口当面核验身份及材料，登记即受理。"); // the clerk's language: the hall's, as they chose none
        });
        assertThat(file.steps()).first().satisfies(step -> {
            assertThat(step.taskKey()).isEqualTo(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW);
            assertThat(step.assignee()).isEqualTo("frontdesk");
            assertThat(step.started()).isEqualTo(details.acceptedAt());
            assertThat(step.ended()).isEqualTo(details.acceptedAt());
        });
        assertReadModelMatchesEngine(details.caseNumber());
        assertThat(accepted(details.caseNumber())).singleElement().satisfies(event -> {
            assertThat(event.acceptedBy()).isEqualTo("frontdesk");
            assertThat(event.acceptedAt()).isCloseTo(details.acceptedAt(), within(1, ChronoUnit.MILLIS));
            assertThat(event.leadDepartmentCode()).isEqualTo("AMR");
        });
    }

    private List<CaseAccepted> accepted(String caseNumber) {
        return events.stream(CaseAccepted.class).filter(event -> event.caseNumber().equals(caseNumber)).toList();
    }

    @Test
    void aWindowCaseMissingARequiredMaterialWaitsInTheClerksAcceptanceReviewForTheOneTimeNotice() {
        // The shareholders' ID cards and the proof of address are not in hand: not accepted yet.
        String caseNumber = staff.as("frontdesk", () -> registrations.register(CaseRegistration.of(
                IdType.RESIDENT_ID, "11010519491231002X", "Zhao Lan", "13800138000", COMPANY_REGISTRATION,
                List.of("Application form", "Articles of association"), null, Channel.WINDOW))).caseNumber();

        assertThat(status(caseNumber)).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(staff.as("frontdesk", () -> inbox.myTasks(filter(caseNumber), page()))).singleElement()
                .satisfies(task -> assertThat(task.taskKey()).isEqualTo(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW));
        assertThat(staff.as("amr.worker", () -> inbox.departmentQueue(filter(caseNumber), page()))).isEmpty();
        assertThat(staff.as("manager", () -> caseFiles.caseFile(caseNumber)).opinions())
                .as("no acceptance recorded before the clerk's review").isEmpty();
        assertThat(accepted(caseNumber)).as("not accepted yet").isEmpty();
    }

    @Test
    void anOnlineRequestWaitsForItsAcceptanceReviewInTheFrontDeskQueue() {
        String caseNumber = registerOnline(SOCIAL_SECURITY_CARD);

        InboxTask acceptance = staff.as("frontdesk", () -> inbox.departmentQueue(filter(caseNumber), page())).get(0);
        assertThat(acceptance.taskKey()).isEqualTo(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW);
        assertThat(acceptance.assignee()).isNull();
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(staff.as("hrss.worker", () -> inbox.departmentQueue(filter(caseNumber), page()))).isEmpty();
        assertThat(accepted(caseNumber)).as("not accepted before the review").isEmpty();

        String review = claimFromQueue("frontdesk2", caseNumber);
        staff.run("frontdesk2", () -> work.confirmAcceptance(review, null));
        assertThat(accepted(caseNumber)).singleElement().extracting(CaseAccepted::acceptedBy).isEqualTo("frontdesk2");
    }

    @Test
    void wholeJourneyFromWindowToClosing() {
        String caseNumber = register(COMPANY_REGISTRATION).caseNumber();
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.IN_REVIEW);

        String leadReview = claimFromQueue("amr.worker", caseNumber);
        staff.run("amr.worker", () -> work.submitOpinion(leadReview, new StepOpinion("Articles in order.")));
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.JOINT_REVIEW);
        assertReadModelMatchesEngine(caseNumber);

        String psbReview = claimFromQueue("psb.worker", caseNumber);
        staff.run("psb.worker", () -> work.submitOpinion(psbReview, new StepOpinion("Seal engraving can proceed.")));
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.JOINT_REVIEW);
        String hrssReview = claimFromQueue("hrss.worker", caseNumber);
        staff.run("hrss.worker",
                () -> work.submitOpinion(hrssReview, new StepOpinion("Social insurance account opened.")));
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.IN_REVIEW);

        String decision = claimFromQueue("amr.head", caseNumber);
        TaskDetails decisionDetails = staff.as("amr.head", () -> work.details(decision));
        assertThat(decisionDetails.opinions()).extracting(Opinion::text)
                .contains("Articles in order.", "Seal engraving can proceed.", "Social insurance account opened.");
        staff.run("amr.head", () -> work.decide(decision, new Decision(false, "Registered address is a residence.")));
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.DECIDED);

        String delivery = claimFromQueue("frontdesk2", caseNumber);
        staff.run("frontdesk2", () -> work.confirmDelivery(delivery, new Delivery("In person at the window", null)));

        CaseFile file = staff.as("manager", () -> caseFiles.caseFile(caseNumber));
        assertThat(file.caseDetails().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(file.caseDetails().closedAt()).isNotNull();
        assertThat(file.caseDetails().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(file.caseDetails().outcomeReason()).isEqualTo("Registered address is a residence.");
        assertThat(file.caseDetails().deliveredBy()).isEqualTo("frontdesk2");
        assertThat(file.opinions()).extracting(Opinion::kind).containsExactly(StepKind.ACCEPTANCE, StepKind.REVIEW,
                StepKind.JOINT_REVIEW, StepKind.JOINT_REVIEW, StepKind.DECISION, StepKind.DELIVERY);
        assertThat(file.openSteps()).isEmpty();
        assertThat(file.steps()).extracting(StepRecord::assignee)
                .containsExactly("frontdesk", "amr.worker", "psb.worker", "hrss.worker", "amr.head", "frontdesk2");
        // Each opinion's author is named in the reader's language, as the account is named now.
        try {
            org.springframework.context.i18n.LocaleContextHolder
                    .setLocale(org.onewindow.shared.i18n.Translations.ENGLISH);
            assertThat(staff.as("manager", () -> caseFiles.caseFile(caseNumber)).opinions().get(0).authorName())
                    .isEqualTo("Li Na");
            org.springframework.context.i18n.LocaleContextHolder
                    .setLocale(org.onewindow.shared.i18n.Translations.CHINESE);
            assertThat(staff.as("manager", () -> caseFiles.caseFile(caseNumber)).opinions().get(0).authorName())
                    .isEqualTo("李娜");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(file.steps()).allSatisfy(step -> assertThat(step.ended()).isNotNull());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ServiceRequestProcess.KEY).count()).isZero();
        // Closing started the satisfaction follow-up of the case.
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("satisfactionFollowUp").count()).isEqualTo(1);
        assertThat(events.stream(CaseClosed.class).filter(closed -> closed.caseNumber().equals(caseNumber)))
                .singleElement().satisfies(closed -> {
                    assertThat(closed.outcome()).isEqualTo(Outcome.REJECTED);
                    assertThat(closed.deliveredBy()).isEqualTo("frontdesk2");
                });
        assertThat(
                staff.as("frontdesk2", () -> intake.casesDeliveredBy("frontdesk2", file.caseDetails().closedAt(), 5)))
                .extracting(CaseDetails::caseNumber).containsExactly(caseNumber);
        assertThat(staff.as("frontdesk2", () -> intake.casesDeliveredBy("frontdesk",
                file.caseDetails().closedAt().minusSeconds(3600), 50))).extracting(CaseDetails::caseNumber)
                .doesNotContain(caseNumber);
        // No closing SMS yet: the follow-up's first, asynchronous step sends it, with the survey link in it.
        assertThat(notifications.messagesOfCase(caseNumber)).extracting(message -> message.purpose())
                .containsExactly("CASE_ACCEPTED");
        String followUp = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("satisfactionFollowUp").singleResult().getId();
        managementService
                .executeJob(managementService.createJobQuery().processInstanceId(followUp).singleResult().getId());
        assertThat(notifications.messagesOfCase(caseNumber)).extracting(message -> message.purpose())
                .containsExactly("CASE_ACCEPTED", "CASE_CLOSED");
        // The citizen registered without choosing a language: the hall's own, Chinese.
        assertThat(notifications.messagesOfCase(caseNumber).get(1).body()).startsWith("【县政务服务中心】")
                .contains(caseNumber, "已办结，办理结果为不予办理")
                .containsPattern("诚邀您用1分钟对本次服务进行评价：\\S*/survey/[A-Za-z0-9_-]{22}$");
        assertReadModelMatchesEngine(caseNumber);
    }

    @Test
    void latestDueFirstIsTheSoonestDueFirstOrderTurnedRound() {
        for (int i = 0; i < 3; i++) {
            register(SOCIAL_SECURITY_CARD);
        }
        PageRequest all = new PageRequest(0, 500);
        List<InboxTask> soonestFirst = staff.as("hrss.worker", () -> inbox.departmentQueue(
                new InboxFilter(null, SOCIAL_SECURITY_CARD, false), all));
        List<InboxTask> latestFirst = staff.as("hrss.worker", () -> inbox.departmentQueue(
                new InboxFilter(null, SOCIAL_SECURITY_CARD, true), all));
        assertThat(soonestFirst).hasSizeGreaterThanOrEqualTo(3).hasSizeLessThan(500); // the whole queue on one page
        List<InboxTask> turnedRound = new java.util.ArrayList<>(soonestFirst);
        java.util.Collections.reverse(turnedRound);
        assertThat(latestFirst).containsExactlyElementsOf(turnedRound);
        assertThat(latestFirst).extracting(InboxTask::dueAt)
                .isSortedAccordingTo(Comparator.nullsFirst(Comparator.<java.time.Instant>reverseOrder()));
    }

    @Test
    void itemWithoutCollaboratorsGoesStraightToDecision() {
        String caseNumber = register(SOCIAL_SECURITY_CARD).caseNumber();
        String review = claimFromQueue("hrss.worker", caseNumber);
        staff.run("hrss.worker", () -> work.submitOpinion(review, new StepOpinion("Photo meets the rules.")));
        assertThat(staff.as("hrss.worker", () -> inbox.departmentQueue(filter(caseNumber), page())))
                .singleElement().extracting(InboxTask::taskKey)
                .isEqualTo(ServiceRequestProcess.TASK_DECISION_BY_LEAD_DEPARTMENT);
    }

    @Test
    void anInstantItemIsDecidedAtTheWindowAndClosesWithItsFollowUp() {
        String caseNumber = register(CONTRIBUTIONS_CERTIFICATE).caseNumber();
        String acceptance = myTask("frontdesk", caseNumber);
        assertThat(staff.as("frontdesk", () -> work.details(acceptance)).decidedAtWindow()).isTrue();
        assertThatThrownBy(() -> staff.run("frontdesk", () -> work.confirmAcceptance(acceptance, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("instant item");

        assertThat(accepted(caseNumber)).as("refused acceptance publishes nothing").isEmpty();
        staff.run("frontdesk", () -> work.decideAtWindow(acceptance, new Decision(true, "")));
        assertThat(accepted(caseNumber)).singleElement().extracting(CaseAccepted::acceptedBy).isEqualTo("frontdesk");

        CaseDetails closed = intake.caseDetails(caseNumber).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ServiceRequestProcess.KEY).count()).isZero();
        assertThat(events.stream(CaseClosed.class).filter(closing -> closing.caseNumber().equals(caseNumber)))
                .singleElement();
        // No department ever saw it.
        assertThat(countWhere("casework_open_task", caseNumber)).isZero();
    }

    @Test
    void aPromisedItemsAcceptanceIsNotDecidedAtTheWindow() {
        String caseNumber = registerOnline(SOCIAL_SECURITY_CARD);
        String acceptance = claimFromQueue("frontdesk", caseNumber);
        assertThat(staff.as("frontdesk", () -> work.details(acceptance)).decidedAtWindow()).isFalse();
        assertThatThrownBy(
                () -> staff.run("frontdesk", () -> work.decideAtWindow(acceptance, new Decision(true, ""))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Only an instant item");
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void invalidRegistrationIsRefusedFieldByFieldAndSavesNothing() {
        long casesBefore = countRows("intake_case");
        long citizensBefore = countRows("intake_citizen");
        CaseRegistration bad = CaseRegistration.of(IdType.RESIDENT_ID, "110105194912310021", "x".repeat(101), "",
                "NO-SUCH-ITEM", List.of(), "n".repeat(2001), Channel.WINDOW);

        assertThatThrownBy(() -> staff.as("frontdesk", () -> registrations.register(bad)))
                .isInstanceOfSatisfying(InvalidRegistrationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("idNumber", "citizenName", "mobile", "serviceItemCode", "notes")
                        .containsEntry("mobile", "Enter a mobile phone number, so that the citizen can be reached."));
        assertThat(countRows("intake_case")).isEqualTo(casesBefore);
        assertThat(countRows("intake_citizen")).isEqualTo(citizensBefore);
    }

    @Test
    void onlyTheFrontDeskRegistersCases() {
        assertThatThrownBy(
                () -> staff.as("amr.worker", () -> registrations.register(registration(SOCIAL_SECURITY_CARD))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void windowsSubmittingAtOnceGetUniqueCaseNumbers() throws Exception {
        int windows = 6;
        ExecutorService pool = Executors.newFixedThreadPool(windows);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < windows; i++) {
            numbers.add(pool.submit(() -> {
                start.await();
                return register(SOCIAL_SECURITY_CARD).caseNumber();
            }));
        }
        start.countDown();
        Set<String> unique = new HashSet<>();
        for (Future<String> number : numbers) {
            unique.add(number.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(unique).hasSize(windows);
    }

    @Test
    void caseWorkerCannotSeeOrClaimAnotherDepartmentsStep() {
        String caseNumber = acceptedCase(SOCIAL_SECURITY_CARD);
        String hrssTask = staff.as("hrss.worker",
                () -> inbox.departmentQueue(filter(caseNumber), page()).get(0).taskId());

        assertThat(staff.as("amr.worker", () -> inbox.departmentQueue(filter(caseNumber), page()))).isEmpty();
        assertThatThrownBy(() -> staff.run("amr.worker", () -> work.claim(hrssTask)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> staff.run("amr.worker", () -> work.details(hrssTask)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                () -> staff.run("amr.worker", () -> work.submitOpinion(hrssTask, new StepOpinion("mine now"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> staff.run("amr.worker", () -> caseFiles.caseFile(caseNumber)))
                .isInstanceOf(NotFoundException.class);
        assertThat(taskService.createTaskQuery().taskId(hrssTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void secondClaimGetsAClearMessage() {
        String caseNumber = acceptedCase(SOCIAL_SECURITY_CARD);
        String task = claimFromQueue("hrss.worker", caseNumber);
        assertThatThrownBy(() -> staff.run("hrss.head", () -> work.claim(task)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("This step was already claimed by hrss.worker.");
        assertThatThrownBy(() -> staff.run("hrss.head", () -> work.submitOpinion(task, new StepOpinion("Taking over"))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already claimed by hrss.worker");
        // Served to a screen in Chinese (the screen's language is the request's), the message is in Chinese.
        org.springframework.context.i18n.LocaleContextHolder.setLocale(org.onewindow.shared.i18n.Translations.CHINESE);
        try {
            assertThatThrownBy(() -> staff.run("hrss.head", () -> work.claim(task)))
                    .isInstanceOf(BusinessRuleException.class).hasMessage("该环节已被hrss.worker认领。");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void twoWorkersClaimingAtTheSameMomentOneWinsTheOtherIsTold() throws Exception {
        String caseNumber = acceptedCase(SOCIAL_SECURITY_CARD);
        String task = staff.as("hrss.worker", () -> inbox.departmentQueue(filter(caseNumber), page()).get(0).taskId());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<String> worker = () -> claimAfter(start, "hrss.worker", task);
        Callable<String> head = () -> claimAfter(start, "hrss.head", task);
        Future<String> first = pool.submit(worker);
        Future<String> second = pool.submit(head);
        start.countDown();
        List<String> outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        pool.shutdown();

        assertThat(outcomes).filteredOn("claimed"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals("claimed")).singleElement().asString()
                .satisfiesAnyOf(message -> assertThat(message).contains("already claimed by"),
                        message -> assertThat(message).contains("claimed this step a moment ago"));
        String assignee = taskService.createTaskQuery().taskId(task).singleResult().getAssignee();
        assertThat(staff.as(assignee, () -> inbox.myTasks(filter(caseNumber), page()))).hasSize(1);
        assertReadModelMatchesEngine(caseNumber);
    }

    @Test
    void rejectionNeedsReasonsAndReviewNeedsAnOpinion() {
        String caseNumber = acceptedCase(SOCIAL_SECURITY_CARD);
        String review = claimFromQueue("hrss.worker", caseNumber);
        assertThatThrownBy(() -> staff.run("hrss.worker", () -> work.submitOpinion(review, new StepOpinion("  "))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorFor(OpinionField.OPINION)).contains("opinion"));
        staff.run("hrss.worker", () -> work.submitOpinion(review, new StepOpinion("Fine.")));
        String decision = claimFromQueue("hrss.worker", caseNumber);
        assertThatThrownBy(() -> staff.run("hrss.worker", () -> work.decide(decision, new Decision(false, ""))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorFor(DecisionField.REASON)).contains("reasons"));
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.IN_REVIEW);
    }

    @Test
    void unclaimReturnsTheStepToTheQueue() {
        String caseNumber = acceptedCase(SOCIAL_SECURITY_CARD);
        String task = claimFromQueue("hrss.worker", caseNumber);
        assertThatThrownBy(() -> staff.run("amr.head", () -> work.unclaim(task))).isInstanceOf(NotFoundException.class);
        staff.run("hrss.head", () -> work.unclaim(task));
        assertThat(staff.as("hrss.worker", () -> inbox.departmentQueue(filter(caseNumber), page())))
                .extracting(InboxTask::taskId).containsExactly(task);
        assertReadModelMatchesEngine(caseNumber);
    }

    @Test
    void caseSearchFindsWithinWhatEachPersonMaySee() {
        String idNumber = "110101199003074477";
        String caseNumber = staff.as("frontdesk", () -> registrations.register(CaseRegistration.of(IdType.RESIDENT_ID,
                idNumber, "Sun Hua", "13698765432", SOCIAL_SECURITY_CARD, List.of("Resident ID card"), null,
                Channel.WINDOW))).caseNumber();
        CaseSearchCriteria byId = new CaseSearchCriteria(null, idNumber, null, null, null, null, null, null);

        assertThat(staff.as("hrss.worker", () -> caseSearch.search(byId, page()))).extracting(CaseDetails::caseNumber)
                .contains(caseNumber);
        assertThat(staff.as("frontdesk", () -> caseSearch.search(byId, page()))).extracting(CaseDetails::caseNumber)
                .contains(caseNumber);
        assertThat(staff.as("manager", () -> caseSearch.count(byId))).isPositive();
        assertThat(staff.as("amr.worker", () -> caseSearch.search(byId, page()))).extracting(CaseDetails::caseNumber)
                .doesNotContain(caseNumber);
        assertThat(staff.as("followup", () -> caseSearch.count(CaseSearchCriteria.any()))).isZero();

        java.time.LocalDate today = java.time.LocalDate.now(clock);
        CaseSearchCriteria exact = new CaseSearchCriteria(caseNumber, null, "13698765432", null, SOCIAL_SECURITY_CARD,
                CaseStatus.IN_REVIEW, today, today);
        assertThat(staff.as("hrss.worker", () -> caseSearch.search(exact, page()))).singleElement()
                .extracting(CaseDetails::caseNumber).isEqualTo(caseNumber);
        CaseSearchCriteria tomorrow = new CaseSearchCriteria(caseNumber, null, null, null, null, null,
                today.plusDays(1),
                null);
        assertThat(staff.as("hrss.worker", () -> caseSearch.count(tomorrow))).isZero();
        CaseSearchCriteria closed = new CaseSearchCriteria(caseNumber, null, null, null, null, CaseStatus.CLOSED, null,
                null);
        assertThat(staff.as("hrss.worker", () -> caseSearch.count(closed))).isZero();
    }

    @Test
    void caseSearchFindsByPartOfTheApplicantsNameWithinWhatEachPersonMaySee() {
        String caseNumber = staff.as("frontdesk", () -> registrations.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "440524198503150016", "Ouyang Mingyue", "13698765400", SOCIAL_SECURITY_CARD,
                List.of("Resident ID card"), null, Channel.WINDOW))).caseNumber();
        CaseSearchCriteria byName = new CaseSearchCriteria(null, null, null, " mingYUE ", null, null, null, null);

        assertThat(staff.as("hrss.worker", () -> caseSearch.search(byName, page())))
                .extracting(CaseDetails::caseNumber).containsExactly(caseNumber);
        assertThat(staff.as("frontdesk", () -> caseSearch.search(byName, page())))
                .extracting(CaseDetails::caseNumber).containsExactly(caseNumber);
        assertThat(staff.as("hrss.worker", () -> caseSearch.count(byName))).isEqualTo(1);
        // The social security card is HRSS's: the market regulator's worker does not learn the case exists.
        assertThat(staff.as("amr.worker", () -> caseSearch.search(byName, page()))).isEmpty();
        assertThat(staff.as("amr.worker", () -> caseSearch.count(byName))).isZero();
        assertThat(staff.as("followup", () -> caseSearch.count(byName))).isZero();

        // What is typed is matched as typed: % and _ are not wildcards.
        CaseSearchCriteria wildcard = new CaseSearchCriteria(null, null, null, "Ouyang%yue", null, null, null, null);
        assertThat(staff.as("hrss.worker", () -> caseSearch.count(wildcard))).isZero();
        CaseSearchCriteria otherName = new CaseSearchCriteria(null, null, null, "Mingyue", null, CaseStatus.CLOSED,
                null, null);
        assertThat(staff.as("hrss.worker", () -> caseSearch.count(otherName))).isZero();
    }

    @Test
    void leadDepartmentReturnsForMaterialsAndTheCaseResumesWithItsClockStopped() {
        String caseNumber = acceptedCase(COMPANY_REGISTRATION);
        String review = claimFromQueue("amr.worker", caseNumber);
        Instant dueBefore = intake.caseDetails(caseNumber).orElseThrow().dueAt();
        List<String> missing = List.of("ID cards of shareholders", "Proof of registered address");

        assertThatThrownBy(() -> staff.run("amr.worker",
                () -> work.returnForMaterials(review, new MaterialsRequest(List.of(), null))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(
                () -> staff.run("amr.worker",
                        () -> work.returnForMaterials(review, new MaterialsRequest(List.of("A bribe"), null))))
                .isInstanceOf(InvalidInputException.class);
        MaterialsNotice notice = staff.as("amr.worker",
                () -> work.returnForMaterials(review, new MaterialsRequest(missing, "Certified copies, please.")));

        assertThat(notice.missing()).containsExactly("股东身份证复印件", "住所（经营场所）证明");
        assertThat(notifications.messagesOfCase(caseNumber))
                .filteredOn(message -> message.purpose().equals("MATERIALS_MISSING"))
                .singleElement().satisfies(message -> assertThat(message.body())
                        .contains("股东身份证复印件", "住所（经营场所）证明"));
        assertThat(notice.bringBy()).isEqualTo(calendar.deadline(notice.issuedAt(), 30));
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.WAITING_FOR_MATERIALS);
        assertThat(staff.as("manager", () -> caseFiles.materialsNotice(notice.id())).missing())
                .isEqualTo(notice.missing());
        assertThatThrownBy(() -> staff.run("civil.worker", () -> caseFiles.materialsNotice(notice.id())))
                .isInstanceOf(NotFoundException.class);

        // A week later the citizen comes back with everything.
        java.time.LocalDate returnedOn = java.time.LocalDate.now(clock);
        clock.advance(java.time.Duration.ofDays(7));
        int waited = 0;
        for (java.time.LocalDate day = returnedOn.plusDays(1); !day.isAfter(returnedOn.plusDays(7)); day = day
                .plusDays(1)) {
            waited += calendar.isWorkingDay(day) ? 1 : 0;
        }
        java.time.LocalDate expectedDueDay = calendar.addWorkingDays(dueBefore.atZone(clock.getZone()).toLocalDate(),
                waited);

        String receive = claimFromQueue("frontdesk", caseNumber);
        assertThatThrownBy(
                () -> staff.run("frontdesk", () -> work.confirmMaterialsReceived(receive, missing.subList(0, 1))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("住所（经营场所）证明");
        staff.run("frontdesk", () -> work.confirmMaterialsReceived(receive, missing));

        CaseDetails resumed = intake.caseDetails(caseNumber).orElseThrow();
        assertThat(resumed.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(resumed.dueAt().atZone(clock.getZone()).toLocalDate()).isEqualTo(expectedDueDay);
        assertThat(resumed.materials()).filteredOn(material -> missing.contains(material.name()))
                .allSatisfy(material -> assertThat(material.received()).isTrue());
        assertThat(caseMaterials.materialsNotices(caseNumber)).singleElement()
                .satisfies(resolved -> assertThat(resolved.resolvedAt()).isNotNull());
        assertThat(staff.as("amr.worker", () -> inbox.departmentQueue(filter(caseNumber), page()))).singleElement()
                .satisfies(task -> {
                    assertThat(task.taskKey()).isEqualTo(ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT);
                    assertThat(task.dueAt()).isBeforeOrEqualTo(resumed.dueAt());
                });
        assertReadModelMatchesEngine(caseNumber);
    }

    @Test
    void caseIsWithdrawnWhenTheMaterialsDoNotComeInTime() {
        CaseRegistration inChinese = registration(SOCIAL_SECURITY_CARD);
        String caseNumber = staff.as("frontdesk", () -> registrations.register(CaseRegistration.of(inChinese.idType(),
                inChinese.idNumber(), inChinese.citizenName(), inChinese.mobile(), inChinese.serviceItemCode(),
                inChinese.receivedMaterials(), inChinese.notes(), inChinese.channel(),
                org.onewindow.shared.i18n.Translations.CHINESE))).caseNumber();
        withdrawForMissingMaterials(caseNumber);

        CaseDetails withdrawn = intake.caseDetails(caseNumber).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
        // The reason is the citizen's to read (progress page, SMS), so it is in the citizen's language.
        assertThat(withdrawn.outcomeReason()).isEqualTo("补正材料未在30个工作日内补齐。");
        assertThat(withdrawn.closedAt()).isNotNull();
        assertThat(events.stream(CaseWithdrawn.class).filter(event -> event.caseNumber().equals(caseNumber)))
                .hasSize(1);
        assertThat(events.stream(CaseClosed.class).filter(event -> event.caseNumber().equals(caseNumber))).isEmpty();
        assertThat(notifications.messagesOfCase(caseNumber)).extracting(message -> message.purpose())
                .contains("CASE_WITHDRAWN");
        assertReadModelMatchesEngine(caseNumber);
    }

    @Test
    void aCitizenWhoChoseEnglishReadsTheWithdrawalReasonInEnglish() {
        String caseNumber = staff.as("frontdesk", () -> registrations.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "310101199001011234", "Emma Brown", "13912345678", SOCIAL_SECURITY_CARD, List.of("Resident ID card"),
                null, Channel.WINDOW, java.util.Locale.ENGLISH))).caseNumber();
        withdrawForMissingMaterials(caseNumber);

        assertThat(intake.caseDetails(caseNumber).orElseThrow().outcomeReason())
                .isEqualTo("The missing materials were not brought within 30 working days.");
    }

    /** The lead department returns the case for materials, and the materials deadline passes. */
    private void withdrawForMissingMaterials(String caseNumber) {
        String review = claimFromQueue("hrss.worker", caseNumber);
        staff.run("hrss.worker",
                () -> work.returnForMaterials(review, new MaterialsRequest(List.of("Recent photo"), null)));
        String processInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstance).timers()
                .singleResult().getId());
    }

    @Test
    void eachDepartmentStepGetsItsShareOfTheTimeLimit() {
        // Minimum living allowance: 20 working days; the lead review gets 40 % of them.
        String caseNumber = register("CIVIL-001").caseNumber();
        InboxTask review = staff.as("civil.worker", () -> inbox.departmentQueue(filter(caseNumber), page())).get(0);
        assertThat(review.dueAt()).isEqualTo(calendar.deadline(review.createdAt(), 8));
        assertThat(review.atRisk()).isFalse();
    }

    @Test
    void overdueStepIsEscalatedToTheHeadWhoReassignsIt() {
        String caseNumber = acceptedCase(COMPANY_REGISTRATION);
        String review = claimFromQueue("amr.worker", caseNumber);
        String processInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        InboxFilter overdue = new InboxFilter(caseNumber, null, false, Urgency.OVERDUE);
        InboxFilter atRisk = new InboxFilter(caseNumber, null, false, Urgency.AT_RISK);

        managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstance)
                .activityId("boundary_timer_lead_review_at_risk").singleResult().getId());
        assertThat(staff.as("amr.worker", () -> inbox.myTasks(atRisk, page()))).extracting(InboxTask::taskId)
                .containsExactly(review);

        managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstance)
                .activityId("boundary_timer_lead_review_overdue").singleResult().getId());
        clock.advance(java.time.Duration.ofDays(10)); // past its due date
        List<InboxTask> escalated = staff.as("amr.head", () -> inbox.departmentWork(overdue, page()));
        assertThat(escalated).singleElement().satisfies(task -> {
            assertThat(task.taskId()).isEqualTo(review);
            assertThat(task.assignee()).isEqualTo("amr.worker");
            assertThat(task.escalatedAt()).isNotNull();
        });
        assertThat(staff.as("amr.worker", () -> inbox.departmentWork(overdue, page()))).isEmpty();
        assertThat(staff.as("hrss.head", () -> inbox.departmentWork(overdue, page()))).isEmpty();

        // The head is offered the department's members other than the one holding the step, and nobody else.
        assertThat(staff.as("amr.head", () -> work.reassignCandidates(review)))
                .extracting(org.onewindow.directory.StaffMember::username).contains("amr.head")
                .doesNotContain("amr.worker", "hrss.worker", "hrss.head");
        assertThatThrownBy(() -> staff.run("amr.worker", () -> work.reassignCandidates(review)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("amr.head", () -> work.reassign(review, "hrss.worker")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not an active case worker");
        assertThatThrownBy(() -> staff.run("hrss.head", () -> work.reassign(review, "hrss.worker")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> staff.run("amr.worker", () -> work.reassign(review, "amr.head")))
                .isInstanceOf(AccessDeniedException.class);
        staff.run("amr.head", () -> work.reassign(review, "amr.head"));

        assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("amr.head");
        assertThat(staff.as("amr.head", () -> inbox.myTasks(filter(caseNumber), page()))).extracting(InboxTask::taskId)
                .containsExactly(review);
        assertThat(staff.as("manager", () -> caseFiles.caseFile(caseNumber)).events()).extracting(CaseEvent::kind)
                .containsExactly(CaseEvent.Kind.AT_RISK, CaseEvent.Kind.ESCALATED, CaseEvent.Kind.REASSIGNED);
        assertThat(notifications.messagesOfCase(caseNumber))
                .filteredOn(message -> message.purpose().equals("STEP_ESCALATED"))
                .singleElement().satisfies(message -> {
                    assertThat(message.channel()).isEqualTo(org.onewindow.notification.MessageChannel.EMAIL);
                    assertThat(message.recipient()).isEqualTo("amr.head@hall.example.gov.cn");
                });
        assertReadModelMatchesEngine(caseNumber);
    }

    @Test
    void wronglyRoutedStepIsTransferredToAnotherDepartmentsQueue() {
        String caseNumber = acceptedCase(SOCIAL_SECURITY_CARD);
        String review = claimFromQueue("hrss.worker", caseNumber);
        assertThatThrownBy(() -> staff.run("hrss.worker", () -> work.transfer(review, new Transfer("CIVIL", " "))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
        assertThatThrownBy(() -> staff.run("hrss.worker", () -> work.transfer(review, new Transfer("HRSS", "Ours."))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("departmentCode"));
        assertThatThrownBy(() -> staff.run("civil.worker", () -> work.transfer(review, new Transfer("CIVIL", "mine"))))
                .isInstanceOf(NotFoundException.class);

        staff.run("hrss.worker",
                () -> work.transfer(review, new Transfer("CIVIL", "Applicant is on the minimum living allowance.")));

        assertThat(staff.as("civil.worker", () -> inbox.departmentQueue(filter(caseNumber), page())))
                .extracting(InboxTask::taskId).containsExactly(review);
        assertThat(staff.as("hrss.worker", () -> inbox.myTasks(filter(caseNumber), page()))).isEmpty();
        assertThat(intake.caseDetails(caseNumber).orElseThrow().leadDepartmentCode()).isEqualTo("CIVIL");
        assertThat(staff.as("civil.worker", () -> caseFiles.caseFile(caseNumber)).events())
                .extracting(CaseEvent::kind).containsExactly(CaseEvent.Kind.TRANSFERRED);
        assertReadModelMatchesEngine(caseNumber);

        // The decision follows the new lead department.
        String civilReview = claimFromQueue("civil.worker", caseNumber);
        staff.run("civil.worker", () -> work.submitOpinion(civilReview, new StepOpinion("Entitled.")));
        assertThat(staff.as("civil.worker", () -> inbox.departmentQueue(filter(caseNumber), page()))).singleElement()
                .extracting(InboxTask::taskKey).isEqualTo(ServiceRequestProcess.TASK_DECISION_BY_LEAD_DEPARTMENT);
    }

    @Test
    void routingRulesDecideTheDepartmentsAtAcceptance() {
        CaseRegistration fromGuangdong = CaseRegistration.of(IdType.RESIDENT_ID, "440524198001010013", "Qian Ming",
                "13912345678", "PSB-002", List.of("Household register"), null, Channel.WINDOW);
        CaseRegistration fromBeijing = CaseRegistration.of(IdType.RESIDENT_ID, "11010519491231002X", "Zhao Lan",
                "13800138000", "PSB-002", List.of("Household register"), null, Channel.WINDOW);

        CaseDetails routed = intake
                .caseDetails(staff.as("frontdesk", () -> registrations.register(fromGuangdong)).caseNumber())
                .orElseThrow();
        CaseDetails byCatalog = intake
                .caseDetails(staff.as("frontdesk", () -> registrations.register(fromBeijing)).caseNumber())
                .orElseThrow();

        assertThat(routed.leadDepartmentCode()).isEqualTo("PSB");
        assertThat(routed.collaboratingDepartmentCodes()).containsExactly("HOUSING", "CIVIL");
        assertThat(byCatalog.collaboratingDepartmentCodes()).containsExactly("HOUSING");
        assertThat(runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(routed.caseNumber()).singleResult().getId(),
                ServiceRequestProcess.VAR_COLLABORATING_DEPARTMENTS)).isEqualTo("HOUSING,CIVIL");
        assertThat(staff.as("civil.worker", () -> caseFiles.caseFile(routed.caseNumber()))).isNotNull();
        assertThatThrownBy(() -> staff.run("civil.worker", () -> caseFiles.caseFile(byCatalog.caseNumber())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void leadDepartmentConsultsAnotherDepartmentAndTheDecisionWaitsForTheAnswer() {
        String caseNumber = acceptedCase(SOCIAL_SECURITY_CARD);
        String review = claimFromQueue("hrss.worker", caseNumber);
        assertThatThrownBy(() -> staff.run("hrss.worker",
                () -> work.requestConsultation(review, new Consultation("CIVIL", " ", 3))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("question"));
        assertThatThrownBy(() -> staff.run("hrss.worker",
                () -> work.requestConsultation(review, new Consultation("NOWHERE", "Dibao?", 21))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("departmentCode", "workingDays");
                    assertThat(e.errorFor(ConsultationField.WORKING_DAYS)).isEqualTo(
                            "Give the consulted department 1 to 20 working days.");
                });
        staff.run("hrss.worker",
                () -> work.requestConsultation(review, new Consultation("CIVIL", "Is the applicant on dibao?", 3)));

        InboxTask consultation = staff.as("civil.worker", () -> inbox.departmentQueue(filter(caseNumber), page()))
                .get(0);
        assertThat(consultation.taskKey()).isEqualTo(ServiceRequestProcess.TASK_CONSULTATION);
        assertThat(consultation.dueAt()).isEqualTo(calendar.deadline(consultation.createdAt(), 3));
        staff.run("hrss.worker", () -> work.submitOpinion(review, new StepOpinion("Card can be issued.")));

        String decision = claimFromQueue("hrss.worker", caseNumber);
        assertThatThrownBy(() -> staff.run("hrss.worker", () -> work.decide(decision, new Decision(true, null))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("waits for the consulted departments");

        String answer = claimFromQueue("civil.worker", caseNumber);
        staff.run("civil.worker", () -> work.submitOpinion(answer, new StepOpinion("Yes, since 2024.")));
        staff.run("hrss.worker", () -> work.decide(decision, new Decision(true, null)));
        assertThat(status(caseNumber)).isEqualTo(CaseStatus.DECIDED);
        assertThat(staff.as("manager", () -> caseFiles.caseFile(caseNumber)).opinions()).extracting(Opinion::text)
                .contains("Asked Civil Affairs Bureau: Is the applicant on dibao?", "Yes, since 2024.");
        assertReadModelMatchesEngine(caseNumber);
    }

    @Test
    void caseFileDrawsTheProcessWithTheCurrentStep() {
        String caseNumber = acceptedCase(SOCIAL_SECURITY_CARD);
        String svg = staff.as("hrss.worker", () -> caseFiles.processDiagram(caseNumber)).orElseThrow();
        assertThat(svg).startsWith("<svg")
                .containsPattern(
                        "class=\"ow-element ow-active\" data-element-id=\"user_task_review_by_lead_department\"")
                .containsPattern("class=\"ow-element ow-completed\" data-element-id=\"gateway_accepted_at_window\"")
                // Accepted at the window: the acceptance review was never a step of this case.
                .doesNotContainPattern("ow-(completed|active)\" data-element-id=\"user_task_acceptance_review\"");
        assertThatThrownBy(() -> staff.run("amr.worker", () -> caseFiles.processDiagram(caseNumber)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void engineRunsWithoutCaseManagementAndStandaloneTasks(
            @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engine,
            @Autowired CaseworkProperties properties) {
        // The configured step shares reach the application with their keys intact.
        assertThat(properties.stepShares()).containsEntry(ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT, 0.4);
        assertThat(engine.isCmmnEnabled()).isFalse();
        assertThat(engine.isStandaloneTasksEnabled()).isFalse();
    }

    // --- helpers

    RegisteredCase register(String item) {
        return staff.as("frontdesk", () -> registrations.register(registration(item)));
    }

    static CaseRegistration registration(String item) {
        // Every required material in hand: the window's registration is then the acceptance.
        List<String> materials = ChecklistInHand.of(item);
        return CaseRegistration.of(IdType.RESIDENT_ID, "11010519491231002X", "Zhao Lan", "13800138000", item,
                materials, "Applicant speaks Cantonese.", Channel.WINDOW);
    }

    /** A case registered at the window, which accepted it: it waits for its lead review. */
    String acceptedCase(String item) {
        return register(item).caseNumber();
    }

    /** A request that came in online, as Open311 passes one on: nobody has checked it yet. */
    String registerOnline(String item) {
        CaseRegistration window = registration(item);
        return staff.as("frontdesk", () -> registrations.register(CaseRegistration.of(window.idType(),
                window.idNumber(), window.citizenName(), window.mobile(), item, window.receivedMaterials(),
                window.notes(), Channel.ONLINE))).caseNumber();
    }

    String myTask(String username, String caseNumber) {
        return staff.as(username, () -> inbox.myTasks(filter(caseNumber), page()).get(0).taskId());
    }

    String claimFromQueue(String username, String caseNumber) {
        return staff.as(username, () -> {
            List<InboxTask> queue = inbox.departmentQueue(filter(caseNumber), page());
            assertThat(queue).as("%s's queue for %s", username, caseNumber).isNotEmpty();
            String taskId = queue.get(0).taskId();
            work.claim(taskId);
            return taskId;
        });
    }

    private String claimAfter(CountDownLatch start, String username, String task) throws InterruptedException {
        start.await();
        try {
            staff.run(username, () -> work.claim(task));
            return "claimed";
        } catch (BusinessRuleException e) {
            return e.getMessage();
        }
    }

    CaseStatus status(String caseNumber) {
        return intake.caseDetails(caseNumber).orElseThrow().status();
    }

    long countWhere(String table, String caseNumber) {
        return jdbc.sql("select count(*) from " + table + " where case_number = :n").param("n", caseNumber)
                .query(Long.class).single();
    }

    long countRows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The inbox read model holds exactly the engine's open tasks of the case, with the same assignees. */
    void assertReadModelMatchesEngine(String caseNumber) {
        var engineTasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
        // (the satisfaction follow-up's tasks are in the read model too: same business key)
        var rows = jdbc.sql("select task_id, assignee from casework_open_task where case_number = :n")
                .param("n", caseNumber).query((rs, i) -> rs.getString(1) + "/" + rs.getString(2)).list();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(
                engineTasks.stream().map(task -> task.getId() + "/" + task.getAssignee()).toList());
    }

    static InboxFilter filter(String caseNumber) {
        return new InboxFilter(caseNumber, null, false);
    }

    static PageRequest page() {
        return new PageRequest(0, 50);
    }
}
