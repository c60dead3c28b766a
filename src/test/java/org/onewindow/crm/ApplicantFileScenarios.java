package org.onewindow.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.intake.MaterialsRequest;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.intake.AgentRole;
import org.onewindow.intake.ApplicantChange;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantSummary;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.WindowApplicant;
import org.onewindow.notification.CitizenMessage;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.SatisfactionFollowUpProcess;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.ChecklistInHand;
import org.onewindow.support.Fresh;
import org.onewindow.support.Journeys;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The citizen file through its service, as each role meets it: who may open it, who must say why, what the
 * audit log keeps, who may reveal an ID number, and that numbers stay masked everywhere in the file. On H2 and
 * PostgreSQL.
 */
abstract class ApplicantFileScenarios {

    private static final String MOBILE = "13912345678";
    private static final Pattern SURVEY_LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{22})");

    @Autowired
    ApplicantFileService files;
    @Autowired
    CaseRegistrationService intake;
    @Autowired
    CaseRecordService caseRecords;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;
    @Autowired
    NotificationService notifications;
    @Autowired
    SatisfactionService satisfaction;
    @Autowired
    org.onewindow.satisfaction.IndicatorSetService indicatorSets;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Journeys journeys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Staff staff;

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void frontDeskOpensTheFileOfACaseTheyRegisteredWithoutAReasonAndTheOpeningIsAudited() {
        String id = residentId();
        // Registered at the window, which accepted it: no front-desk step left, only "registered by them" counts.
        String caseNumber = register(id, "AMR-001", null);
        ApplicantRef person = applicantOf(caseNumber);

        assertThat(staff.as("frontdesk", () -> files.access(person))).isEqualTo(FileAccess.GRANTED);
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ApplicantFile file = staff.as("frontdesk", () -> files.open(person, AccessReason.NONE));

        assertThat(file.applicant().displayName()).isEqualTo("档案测试人");
        assertThat(file.applicant().maskedIdentifier())
                .isEqualTo(id.substring(0, 3) + "***********" + id.substring(14));
        assertThat(file.applicant().maskedMobile()).isEqualTo("139****5678");
        assertThat(file.cases()).extracting(CaseDetails::caseNumber).containsExactly(caseNumber);
        assertThat(file.mayRevealIdentifier()).isTrue();
        assertThat(file.mayReadAccessLog()).isFalse();
        assertThat(file.reviews()).isEmpty();
        assertThat(log(person)).singleElement().satisfies(row -> {
            assertThat(row.viewer()).isEqualTo("frontdesk");
            assertThat(row.action()).isEqualTo(FileAction.OPEN);
            assertThat(row.reason()).isNull();
            assertThat(row.at()).isBetween(before, clock.instant());
        });
    }

    @Test
    void otherFrontDeskStaffGiveAReasonWhichTheLogKeepsWithWhoAndWhen() {
        String caseNumber = register(residentId(), "AMR-001", null);
        ApplicantRef person = applicantOf(caseNumber);

        assertThat(staff.as("frontdesk2", () -> files.access(person))).isEqualTo(FileAccess.REASON_REQUIRED);
        for (String missing : new String[] { null, "", "   " }) {
            assertThatThrownBy(() -> staff.as("frontdesk2", () -> files.open(person, why(missing))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("reason",
                                    "Say why you open this file: you have no open case of this applicant."));
        }
        assertThatThrownBy(() -> staff.as("frontdesk2", () -> files.open(person, why("x".repeat(501)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reason", "Keep the reason to 500 characters."));
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThatThrownBy(() -> staff.as("frontdesk2", () -> files.open(person, why(" "))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reason", "您没有该申请人的在办办件，请说明查阅档案的理由。"));
        LocaleContextHolder.resetLocaleContext();
        assertThat(log(person)).as("refused openings leave no row").isEmpty();

        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String reason = "Citizen at window 3 asks about an earlier licence.";
        staff.as("frontdesk2", () -> files.open(person, why("  " + reason + " ")));
        assertThat(staff.as("frontdesk2", () -> files.open(person, why("x".repeat(500)))).cases()).hasSize(1);
        assertThat(log(person)).hasSize(2).first().satisfies(row -> {
            assertThat(row.viewer()).isEqualTo("frontdesk2");
            assertThat(row.action()).isEqualTo(FileAction.OPEN);
            assertThat(row.reason()).isEqualTo(reason);
            assertThat(row.at()).isBetween(before, clock.instant());
            assertThat(row.applicant()).isEqualTo(person);
        });
        assertThat(log(person).get(1).reason()).isEqualTo("x".repeat(500));
    }

    @Test
    void aStepInTheFrontDesksQueueIsANeedToKnowForTheWholeFrontDesk() {
        // An online request: its acceptance review is open in the front desk's queue.
        String caseNumber = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                residentId(), "档案测试人", MOBILE, "AMR-001", List.of(), null, Channel.ONLINE))).caseNumber();
        ApplicantRef person = applicantOf(caseNumber);
        assertThat(staff.as("frontdesk2", () -> files.access(person))).isEqualTo(FileAccess.GRANTED);
        accept(caseNumber);
        assertThat(staff.as("frontdesk2", () -> files.access(person))).isEqualTo(FileAccess.REASON_REQUIRED);
    }

    @Test
    void departmentStaffOpenTheFileOnlyWhileTheirDepartmentWorksOnAnOpenCase() {
        // A food business licence: AMR leads, HEALTH gives a joint-review opinion.
        String id = residentId();
        String caseNumber = register(id, "AMR-002", null);
        ApplicantRef person = applicantOf(caseNumber);

        for (String allowed : new String[] { "amr.worker", "amr.head", "health.worker" }) {
            assertThat(staff.as(allowed, () -> files.access(person))).as(allowed).isEqualTo(FileAccess.GRANTED);
            ApplicantFile file = staff.as(allowed, () -> files.open(person, AccessReason.NONE));
            assertThat(file.cases()).as(allowed).hasSize(1);
            assertThat(file.mayRevealIdentifier()).as(allowed).isFalse();
        }
        for (String other : new String[] { "hrss.worker", "hrss.head", "fire.worker" }) {
            assertThat(staff.as(other, () -> files.access(person))).as(other).isEqualTo(FileAccess.DENIED);
            assertThatThrownBy(() -> staff.as(other, () -> files.open(person, why("I would like to see it."))))
                    .as(other).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("staff of a department working on an open case");
        }
        assertThat(log(person)).extracting(FileAccessRecord::viewer)
                .containsExactlyInAnyOrder("amr.worker", "amr.head", "health.worker");

        // Once the case is closed, HRSS's closed case gives its workers no need to know either.
        String closed = journeys.closedSocialSecurityCard(residentId(), "结案人", MOBILE);
        ApplicantRef closedApplicant = applicantOf(closed);
        assertThat(staff.as("hrss.worker", () -> files.access(closedApplicant))).isEqualTo(FileAccess.DENIED);
        assertThat(staff.as("hrss.worker", () -> files.fileOfCase(closed))).isEmpty();
        assertThat(staff.as("amr.worker", () -> files.fileOfCase(caseNumber))).contains(person);
    }

    @Test
    void managersAlwaysGiveAReasonAndReadWhoOpenedTheFile() {
        String caseNumber = register(residentId(), "AMR-001", null);
        ApplicantRef person = applicantOf(caseNumber);
        staff.as("amr.worker", () -> files.open(person, AccessReason.NONE));

        assertThat(staff.as("manager", () -> files.access(person))).isEqualTo(FileAccess.REASON_REQUIRED);
        assertThatThrownBy(() -> staff.as("manager", () -> files.open(person, AccessReason.NONE)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        ApplicantFile file = staff.as("manager",
                () -> files.open(person, why("Complaint to the director about delays.")));
        assertThat(file.mayReadAccessLog()).isTrue();
        assertThat(file.mayRevealIdentifier()).isTrue();

        List<FileAccessRecord> log = staff.as("manager", () -> files.accessLog(person));
        assertThat(log).extracting(FileAccessRecord::viewer, FileAccessRecord::action, FileAccessRecord::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("manager", FileAction.OPEN,
                        "Complaint to the director about delays."),
                        org.assertj.core.groups.Tuple.tuple("amr.worker", FileAction.OPEN, null));
        for (String other : new String[] { "frontdesk", "amr.worker", "followup" }) {
            assertThatThrownBy(() -> staff.as(other, () -> files.accessLog(person))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void followUpStaffAndAdministratorsHaveNoFileToOpen() {
        String caseNumber = register(residentId(), "AMR-001", null);
        ApplicantRef person = applicantOf(caseNumber);
        for (String nobody : new String[] { "followup", "admin" }) {
            assertThat(staff.as(nobody, () -> files.access(person))).as(nobody).isEqualTo(FileAccess.DENIED);
            assertThatThrownBy(() -> staff.as(nobody, () -> files.open(person, why("Checking the survey."))))
                    .as(nobody).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.as(nobody, () -> files.search("110101199003074477"))).as(nobody)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(staff.as(nobody, () -> files.fileOfCase(caseNumber))).as(nobody).isEmpty();
        }
        assertThat(log(person)).isEmpty();
        assertThatThrownBy(() -> staff.as("frontdesk", () -> files.access(new ApplicantRef(ApplicantType.PERSON,
                Long.MAX_VALUE)))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void revealingTheIdNumberIsForFrontDeskAndManagersWithAReasonAndIsAudited() {
        String id = residentId();
        String caseNumber = register(id, "AMR-001", null);
        ApplicantRef person = applicantOf(caseNumber);

        assertThatThrownBy(
                () -> staff.as("amr.worker", () -> files.revealIdentifier(person, why("Need to phone the registry."))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only the front desk and managers");
        assertThatThrownBy(() -> staff.as("amr.head", () -> files.revealIdentifier(person, why("Need it."))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("frontdesk", () -> files.revealIdentifier(person, why(" "))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(log(person)).isEmpty();

        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        assertThat(staff.as("frontdesk",
                () -> files.revealIdentifier(person, why("Document number unreadable on the copy."))))
                .isEqualTo(id);
        assertThat(staff.as("manager", () -> files.revealIdentifier(person, why("Court order 2026-17."))))
                .isEqualTo(id);
        assertThat(log(person)).extracting(FileAccessRecord::viewer, FileAccessRecord::action, FileAccessRecord::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("frontdesk", FileAction.REVEAL_ID,
                        "Document number unreadable on the copy."),
                        org.assertj.core.groups.Tuple.tuple("manager", FileAction.REVEAL_ID, "Court order 2026-17."));
        assertThat(log(person)).allSatisfy(row -> assertThat(row.at()).isBetween(before, clock.instant()));
    }

    @Test
    void theFileListsCasesMessagesNoticesAndOpenRectificationsWithEveryNumberMasked() {
        String id = residentId();
        // A closed case with a bad review, now being handled by HRSS.
        String reviewed = journeys.closedSocialSecurityCard(id, "档案测试人", MOBILE);
        String token = invite(reviewed);
        var questionnaire = satisfaction.open(token).indicators();
        var scores = new java.util.LinkedHashMap<String, Integer>();
        questionnaire.indicators().forEach(indicator -> scores.put(indicator.code(), 2));
        satisfaction.submit(token, SurveyAnswers.of(questionnaire, Rating.VERY_DISSATISFIED, scores, 3,
                "Nobody told me the photo had to be recent."), AnswerChannel.LINK);
        // An open case waiting for materials after a one-time notice from its lead department.
        String waiting = register(id, "AMR-001", null);
        String leadReview = staff.as("amr.worker", () -> inbox.departmentQueue(new InboxFilter(waiting, null, false),
                new PageRequest(0, 5)).get(0).taskId());
        staff.run("amr.worker", () -> work.claim(leadReview));
        staff.run("amr.worker",
                () -> work.returnForMaterials(leadReview, new MaterialsRequest(List.of("Proof of business premises"),
                        "Lease contract or property certificate.")));
        ApplicantRef person = applicantOf(waiting);
        assertThat(applicantOf(reviewed)).isEqualTo(person);

        ApplicantFile file = staff.as("frontdesk", () -> files.open(person, AccessReason.NONE));

        assertThat(file.cases()).extracting(CaseDetails::caseNumber).containsExactly(waiting, reviewed);
        assertThat(file.cases()).extracting(c -> c.status().name()).containsExactly("WAITING_FOR_MATERIALS", "CLOSED");
        assertThat(file.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.caseNumber()).isEqualTo(waiting);
            assertThat(notice.missing()).containsExactly("经营场所使用证明");
            assertThat(notice.resolvedAt()).isNull();
        });
        assertThat(file.messages()).extracting(CitizenMessage::caseNumber, CitizenMessage::purpose)
                .contains(org.assertj.core.groups.Tuple.tuple(waiting, "MATERIALS_MISSING"),
                        org.assertj.core.groups.Tuple.tuple(waiting, "CASE_ACCEPTED"),
                        org.assertj.core.groups.Tuple.tuple(reviewed, "CASE_CLOSED"));
        assertThat(file.messages())
                .allSatisfy(message -> assertThat(message.maskedRecipient()).isEqualTo("139****5678"));
        // The survey link's token is cut out: nobody answers the citizen's survey from the file.
        assertThat(file.messages()).filteredOn(message -> message.purpose().equals("CASE_CLOSED")).singleElement()
                .satisfies(message -> assertThat(message.body()).contains("/survey/…").doesNotContain(token));
        assertThat(file.rectifications()).singleElement().satisfies(rectification -> {
            assertThat(rectification.caseNumber()).isEqualTo(reviewed);
            assertThat(rectification.departmentCode()).isEqualTo("HRSS");
            assertThat(rectification.stage()).isEqualTo(RectificationStage.VERIFYING);
            assertThat(rectification.dueAt()).isNotNull();
        });
        assertThat(file.reviews()).as("the front desk sees no individual answers").isEmpty();
        // Masked everywhere: not one field of the file carries the ID number or the mobile in full.
        assertThat(file.toString()).doesNotContain(id).doesNotContain(MOBILE).contains(id.substring(0, 3) + "*");

        // Managers and the head handling the bad review read the answers; the department's workers do not.
        assertThat(staff.as("manager", () -> files.open(person, why("Reviewing the complaint."))).reviews())
                .containsOnlyKeys(reviewed);
        register(id, "HRSS-002", null); // HRSS works on an open case of the same citizen now
        assertThat(staff.as("hrss.head", () -> files.open(person, AccessReason.NONE)).reviews().get(reviewed))
                .singleElement().satisfies(review -> assertThat(review.overall()).isEqualTo(Rating.VERY_DISSATISFIED));
        assertThat(staff.as("hrss.worker", () -> files.open(person, AccessReason.NONE)).reviews()).isEmpty();
        assertThat(staff.as("amr.head", () -> files.open(person, AccessReason.NONE)).reviews()).isEmpty();
    }

    @Test
    void anEnterprisesFileListsItsCasesAndTheAgentsFileMarksThemAsForTheEnterprise() {
        String agentId = residentId();
        String code = creditCode();
        String ownCase = register(agentId, "AMR-001", null);
        String enterpriseCase = register(agentId, "AMR-003",
                new EnterpriseApplicant(code, "徐州档案测试有限公司", AgentRole.AGENT));
        ApplicantRef person = applicantOf(ownCase);
        ApplicantRef enterprise = applicantOf(enterpriseCase);
        assertThat(enterprise.type()).isEqualTo(ApplicantType.ENTERPRISE);

        ApplicantFile enterpriseFile = staff.as("frontdesk", () -> files.open(enterprise, AccessReason.NONE));
        assertThat(enterpriseFile.applicant().displayName()).isEqualTo("徐州档案测试有限公司");
        assertThat(enterpriseFile.applicant().maskedIdentifier()).isEqualTo(code.substring(0, 3) + "***********"
                + code.substring(14));
        assertThat(enterpriseFile.applicant().districtCode()).isEqualTo("320300");
        assertThat(enterpriseFile.cases()).extracting(CaseDetails::caseNumber).containsExactly(enterpriseCase);
        assertThat(enterpriseFile.applicant().related()).singleElement().satisfies(relation -> {
            assertThat(relation.other()).isEqualTo(person);
            assertThat(relation.role()).isEqualTo(AgentRole.AGENT);
            assertThat(relation.cases()).isEqualTo(1);
            assertThat(relation.maskedIdentifier()).doesNotContain(agentId);
        });
        assertThat(enterpriseFile.toString()).doesNotContain(code).doesNotContain(agentId);

        ApplicantFile personFile = staff.as("frontdesk", () -> files.open(person, AccessReason.NONE));
        assertThat(personFile.cases()).extracting(CaseDetails::caseNumber).containsExactly(enterpriseCase, ownCase);
        assertThat(personFile.cases().get(0).applicant()).isEqualTo(enterprise);
        assertThat(personFile.cases().get(1).applicant()).isEqualTo(person);
        assertThat(personFile.applicant().related()).extracting(ApplicantSummary.Relation::other)
                .containsExactly(enterprise);

        // The front desk finds both by number, typed as people type them.
        assertThat(staff.as("frontdesk", () -> files.search(code.substring(0, 9).toLowerCase(Locale.ROOT) + "-"
                + code.substring(9)))).extracting(ApplicantSummary::ref).containsExactly(enterprise);
        assertThat(staff.as("manager", () -> files.search(" " + agentId.toLowerCase(Locale.ROOT) + " ")))
                .extracting(ApplicantSummary::ref).containsExactly(person);
        assertThat(staff.as("frontdesk", () -> files.search(agentId.substring(0, 17)))).isEmpty();
        assertThat(staff.as("frontdesk", () -> files.search("  "))).isEmpty();
        assertThatThrownBy(() -> staff.as("amr.worker", () -> files.search(agentId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as("frontdesk", () -> files.revealIdentifier(enterprise, why("Checking the licence."))))
                .isEqualTo(code);
    }

    @Test
    void findingAnApplicantAtTheWindowShowsTheMobileMaskedAndTheLogKeepsTheFindAndTheReveal() {
        String id = residentId();
        ApplicantRef person = applicantOf(register(id, "AMR-001", null));

        WindowApplicant found = staff.as("frontdesk", () -> intake.findAtWindow(IdType.RESIDENT_ID, id)).orElseThrow();
        assertThat(found.ref()).isEqualTo(person);
        assertThat(found.name()).isEqualTo("档案测试人");
        assertThat(found.maskedMobile()).isEqualTo("139****5678");
        assertThat(found.toString()).doesNotContain(MOBILE);
        assertThat(staff.as("frontdesk", () -> intake.revealMobileAtWindow(person))).contains(MOBILE);

        assertThat(log(person)).extracting(FileAccessRecord::viewer, FileAccessRecord::action, FileAccessRecord::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("frontdesk", FileAction.FIND, null),
                        org.assertj.core.groups.Tuple.tuple("frontdesk", FileAction.REVEAL_MOBILE, null));
        // Nobody found, nothing logged; and it is the window's: other staff may not look people up this way.
        assertThat(staff.as("frontdesk", () -> intake.findAtWindow(IdType.RESIDENT_ID, residentId()))).isEmpty();
        assertThatThrownBy(() -> staff.as("amr.worker", () -> intake.findAtWindow(IdType.RESIDENT_ID, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("amr.worker", () -> intake.revealMobileAtWindow(person)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(log(person)).hasSize(2);
    }

    @Test
    void theFileShowsEachChangeOfTheRecordAtTheWindowAndWhichCasesDifferFromIt() {
        String id = residentId();
        String first = register(id, "AMR-001", null);
        ApplicantRef person = applicantOf(first);
        String second = staff.as("frontdesk2", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID, id,
                "档案新名", "13912340000", "AMR-003", List.of(), null, Channel.WINDOW, null, "徐州市泉山区解放南路18号",
                null))).caseNumber();

        ApplicantFile file = staff.as("manager", () -> files.open(person, why("Checking the corrected record.")));
        assertThat(file.changes()).extracting(ApplicantChange::field, ApplicantChange::oldValue,
                ApplicantChange::newValue, ApplicantChange::changedBy).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ApplicantChange.Field.NAME, "档案测试人", "档案新名", "frontdesk2"),
                        org.assertj.core.groups.Tuple.tuple(ApplicantChange.Field.MOBILE, "139****5678", "139****0000",
                                "frontdesk2"),
                        org.assertj.core.groups.Tuple.tuple(ApplicantChange.Field.ADDRESS, null, "徐州市泉山区解放南路18号",
                                "frontdesk2"));
        assertThat(file.changes()).allSatisfy(change -> assertThat(change.changedAt()).isEqualTo(
                caseRecords.caseDetails(second).orElseThrow().acceptedAt()));
        assertThat(file.applicant().displayName()).isEqualTo("档案新名");
        // The earlier case keeps the details given for it, and says they are not the record's any more.
        assertThat(file.cases()).filteredOn(details -> details.caseNumber().equals(first)).singleElement()
                .satisfies(details -> {
                    assertThat(details.citizenName()).isEqualTo("档案测试人");
                    assertThat(details.citizenMaskedMobile()).isEqualTo("139****5678");
                    assertThat(details.contactDiffersFromRecord()).isTrue();
                });
        assertThat(file.cases()).filteredOn(details -> details.caseNumber().equals(second)).singleElement()
                .satisfies(details -> assertThat(details.contactDiffersFromRecord()).isFalse());
        assertThat(file.toString()).doesNotContain(MOBILE).doesNotContain("13912340000");
    }

    @Test
    void anOnlineApplicantWhoGaveOnlyAnEmailFindsTheEmailsInTheFileAndOneWhoGaveNothingIsMarked() {
        String id = residentId();
        String emailed = intake.registerOnline(new CaseRegistration(IdType.RESIDENT_ID, id, "网上申请人", null, "AMR-001",
                List.of(), null, Channel.ONLINE, null, null, null, "applicant@example.cn"), "open311:Test")
                .caseNumber();
        String silent = intake.registerOnline(new CaseRegistration(IdType.RESIDENT_ID, id, "网上申请人", null, "AMR-001",
                List.of(), null, Channel.ONLINE, null, null, null, null), "open311:Test").caseNumber();

        ApplicantFile file = staff.as("frontdesk",
                () -> files.open(applicantOf(emailed), why("Online applicant at the window.")));
        assertThat(file.messages()).singleElement().satisfies(message -> {
            assertThat(message.caseNumber()).isEqualTo(emailed);
            assertThat(message.channel()).isEqualTo(org.onewindow.notification.MessageChannel.EMAIL);
            assertThat(message.maskedRecipient()).isEqualTo("a***@example.cn");
        });
        assertThat(file.cases()).filteredOn(details -> details.caseNumber().equals(silent)).singleElement()
                .satisfies(details -> assertThat(details.reachable()).isFalse());
        assertThat(file.applicant().maskedMobile()).isEmpty();
    }

    /** The audit log of the applicant, oldest first. */
    private List<FileAccessRecord> log(ApplicantRef applicant) {
        List<FileAccessRecord> newestFirst = new java.util.ArrayList<>(
                staff.as("manager", () -> files.accessLog(applicant)));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private String register(String idNumber, String item, EnterpriseApplicant enterprise) {
        return staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID, idNumber, "档案测试人",
                MOBILE, item, ChecklistInHand.of(item), null, Channel.WINDOW, null, null, enterprise))).caseNumber();
    }

    /** The front desk takes an online request's acceptance review from its queue and confirms it. */
    private void accept(String caseNumber) {
        staff.run("frontdesk", () -> {
            String review = inbox.departmentQueue(new InboxFilter(caseNumber, null, false), new PageRequest(0, 5))
                    .get(0).taskId();
            work.claim(review);
            work.confirmAcceptance(review, null);
        });
    }

    private ApplicantRef applicantOf(String caseNumber) {
        return caseRecords.caseDetails(caseNumber).orElseThrow().applicant();
    }

    /** Runs the follow-up's first step and reads the survey token from the closing SMS, as the citizen gets it. */
    private String invite(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).singleResult().getId();
        managementService
                .executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
        String token = null;
        for (OutboxMessage message : notifications.messagesOfCase(caseNumber)) {
            Matcher matcher = SURVEY_LINK.matcher(message.body());
            if (matcher.find()) {
                token = matcher.group(1);
            }
        }
        assertThat(token).as("survey link of %s", caseNumber).isNotNull();
        return token;
    }

    /** A valid resident ID number of Xuzhou (320311), with a random birth date and sequence so tests do not meet. */
    static String residentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Fresh.residentId("320311" + (1960 + random.nextInt(40)) + String.format("%02d%02d%03d",
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000)));
    }

    /** A valid unified social credit code registered in Xuzhou (320300), random. */
    static String creditCode() {
        String characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
        StringBuilder code = new StringBuilder("91320300");
        for (int i = 0; i < 9; i++) {
            code.append(characters.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += characters.indexOf(code.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return code.append(characters.charAt(check == 31 ? 0 : check)).toString();
    }

    /** A reason as a reason field gives it. */
    private static AccessReason why(String reason) {
        return new AccessReason(reason);
    }
}
