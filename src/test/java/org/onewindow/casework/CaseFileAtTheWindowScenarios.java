package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.Attachment;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseLookup;
import org.onewindow.intake.CaseLookupService;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.CaseMaterialsService;
import org.onewindow.intake.CaseReceiptService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.LookupRefusedException;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The case file at the window (issue 18): a lost lookup code is reissued (the old one refused at once, logged, the
 * citizen told), the receipt is reprinted as it was accepted, and scans say which checklist material they show. Run
 * on H2 ({@link CaseFileAtTheWindowIntegrationTest}) and on PostgreSQL
 * ({@link CaseFileAtTheWindowPostgresIntegrationTest}).
 */
abstract class CaseFileAtTheWindowScenarios {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CaseRegistrationService registrations;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    CaseLookupService lookups;
    @Autowired
    CaseReceiptService receipts;
    @Autowired
    CaseRecordService records;
    @Autowired
    CaseMaterialsService materials;
    @Autowired
    NotificationService notifications;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReissuedCodeOpensTheCaseAndTheOldOneStopsAtOnce() {
        RegisteredCase registered = register();
        String caseNumber = registered.caseNumber();
        assertThat(lookUp(caseNumber, registered.lookupCode())).isTrue();

        String newCode = staff.as("frontdesk", () -> caseFiles.reissueLookupCode(caseNumber));

        assertThat(newCode).hasSize(8).isNotEqualTo(registered.lookupCode());
        assertThat(lookUp(caseNumber, registered.lookupCode())).isFalse();
        assertThat(lookUp(caseNumber, newCode.toLowerCase())).isTrue();
        // Only the hash is kept.
        assertThat(jdbc.sql("select count(*) from intake_case where lookup_code_hash = :code")
                .param("code", newCode).query(Long.class).single()).isZero();
    }

    @Test
    void theReissueIsInTheCasesHistoryAndTheCitizenIsToldWithoutTheCode() {
        String caseNumber = register().caseNumber();

        String newCode = staff.as("frontdesk", () -> caseFiles.reissueLookupCode(caseNumber));

        List<CaseEvent> events = staff.as("manager", () -> caseFiles.caseFile(caseNumber)).events();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(CaseEvent.Kind.LOOKUP_CODE_REISSUED);
            assertThat(event.actor()).isEqualTo("frontdesk");
            assertThat(event.caseNumber()).isEqualTo(caseNumber);
            assertThat(event.createdAt()).isNotNull();
        });
        List<OutboxMessage> told = notifications.messagesOfCase(caseNumber).stream()
                .filter(message -> "LOOKUP_CODE_REISSUED".equals(message.purpose())).toList();
        assertThat(told).singleElement().satisfies(message -> {
            assertThat(message.recipient()).isEqualTo("13800138000");
            assertThat(message.body()).contains(caseNumber, "查询码", "已失效").doesNotContain(newCode);
        });
    }

    @Test
    void onlyTheWindowReissuesAndOthersLeaveTheCodeAsItWas() {
        RegisteredCase registered = register();
        String caseNumber = registered.caseNumber();

        assertThat(staff.as("frontdesk", () -> caseFiles.caseFile(caseNumber)).mayReissueLookupCode()).isTrue();
        assertThat(staff.as("manager", () -> caseFiles.caseFile(caseNumber)).mayReissueLookupCode()).isFalse();
        assertThat(staff.as("hrss.worker", () -> caseFiles.caseFile(caseNumber)).mayReissueLookupCode()).isFalse();
        assertThatThrownBy(() -> staff.as("manager", () -> caseFiles.reissueLookupCode(caseNumber)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("hrss.worker", () -> caseFiles.reissueLookupCode(caseNumber)))
                .isInstanceOf(AccessDeniedException.class);
        // Not at the window: refused before the case is looked at.
        assertThatThrownBy(() -> staff.as("amr.worker", () -> caseFiles.reissueLookupCode(caseNumber)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("frontdesk", () -> caseFiles.reissueLookupCode("OW-19990101-00001")))
                .isInstanceOf(NotFoundException.class);

        assertThat(lookUp(caseNumber, registered.lookupCode())).isTrue();
        assertThat(staff.as("manager", () -> caseFiles.caseFile(caseNumber)).events()).isEmpty();
    }

    @Test
    void theReceiptIsReprintedAsTheCaseWasAccepted() {
        String caseNumber = register().caseNumber();
        CaseDetails accepted = receipts.asAccepted(caseNumber).orElseThrow();
        // The case moves on: the photo is brought later, a transfer and a stopped clock change lead and due date.
        materials.recordMaterialsReceived(caseNumber, List.of("Recent photo"), Instant.now());
        jdbc.sql("update intake_case set lead_department_code = 'AMR', due_at = :later where case_number = :n")
                .param("later", accepted.dueAt().plusSeconds(7 * 86_400).atOffset(ZoneOffset.UTC))
                .param("n", caseNumber).update();

        CaseDetails now = records.caseDetails(caseNumber).orElseThrow();
        assertThat(now.materials()).extracting(CaseMaterial::received).containsExactly(true, true);
        assertThat(now.leadDepartmentCode()).isEqualTo("AMR");

        CaseDetails reprinted = receipts.asAccepted(caseNumber).orElseThrow();
        assertThat(reprinted.materials()).extracting(CaseMaterial::name, CaseMaterial::received)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("居民身份证", true),
                        org.assertj.core.groups.Tuple.tuple("近期一寸免冠照片", false));
        assertThat(reprinted.leadDepartmentCode()).isEqualTo("HRSS");
        assertThat(reprinted.dueAt()).isEqualTo(accepted.dueAt());
        assertThat(reprinted.acceptedAt()).isEqualTo(accepted.acceptedAt());
        assertThat(receipts.asAccepted("OW-19990101-00001")).isEmpty();
    }

    @Test
    void aScanNamesTheChecklistMaterialItShows() {
        String caseNumber = register().caseNumber();

        Attachment idCard = staff.as("frontdesk",
                () -> caseFiles.attach(caseNumber, "Resident ID card", "id.pdf", "application/pdf", PDF));
        Attachment photo = staff.as("frontdesk",
                () -> caseFiles.attach(caseNumber, "近期一寸免冠照片", "photo.pdf", "application/pdf", PDF));
        Attachment other = staff.as("frontdesk",
                () -> caseFiles.attach(caseNumber, "", "letter.pdf", "application/pdf", PDF));

        assertThat(idCard.materialName()).isEqualTo("居民身份证");
        assertThat(photo.materialName()).isEqualTo("近期一寸免冠照片");
        assertThat(other.materialName()).isNull();
        assertThat(staff.as("hrss.worker", () -> caseFiles.attachments(caseNumber)))
                .extracting(Attachment::materialName).containsExactly("居民身份证", "近期一寸免冠照片", null);
    }

    @Test
    void aScanOfAMaterialNotOnTheChecklistIsRefusedAndNothingIsStored() {
        String caseNumber = register().caseNumber();

        assertThatThrownBy(() -> staff.as("frontdesk",
                () -> caseFiles.attach(caseNumber, "Birth certificate", "birth.pdf", "application/pdf", PDF)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsOnlyKeys("material"));
        assertThat(staff.as("frontdesk", () -> caseFiles.attachments(caseNumber))).isEmpty();
        assertThatThrownBy(() -> staff.as("amr.worker", () -> caseFiles.attachments(caseNumber)))
                .isInstanceOf(NotFoundException.class);
    }

    private RegisteredCase register() {
        return staff.as("frontdesk", () -> registrations.register(
                CaseFlowScenarios.registration(CaseFlowScenarios.SOCIAL_SECURITY_CARD)));
    }

    /** The citizen's progress lookup, from a client of its own so that no attempt limit is in the way. */
    private boolean lookUp(String caseNumber, String code) {
        try {
            return lookups.lookUp(new CaseLookup(caseNumber, code), "test-" + UUID.randomUUID()).caseNumber()
                    .equals(caseNumber);
        } catch (LookupRefusedException refused) {
            return false;
        }
    }
}
