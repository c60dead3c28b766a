package org.onewindow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Persons and enterprises as applicants, and the segments each case keeps: applicant type, age band, district,
 * channel, first-time or returning.
 */
abstract class ApplicantScenarios {

    private static final String HUAWEI = "914403001922038216";

    @Autowired
    ApplicantRecordService intake;
    @Autowired
    CaseRegistrationService registrations;
    @Autowired
    CaseRecordService caseRecords;
    @Autowired
    Staff staff;
    @Autowired
    Clock clock;

    @Test
    void aPersonsCaseKeepsAgeBandDistrictFromTheAddressAndFirstTime() {
        String id = residentId("320312", "19500315");
        CaseDetails first = register(id, "徐州市泉山区解放南路18号", null);

        Segments segments = first.segments();
        assertThat(segments.applicantType()).isEqualTo(ApplicantType.PERSON);
        assertThat(segments.ageBand()).isEqualTo(AgeBand.of(LocalDate.of(1950, 3, 15), LocalDate.now(clock)));
        // The address (Quanshan) wins over the ID number's region (Tongshan, where it was issued).
        assertThat(segments.districtCode()).isEqualTo("320311");
        assertThat(segments.channel()).isEqualTo(Channel.WINDOW);
        assertThat(segments.returning()).isFalse();
        assertThat(first.applicant().type()).isEqualTo(ApplicantType.PERSON);
        assertThat(first.enterpriseName()).isNull();

        // Back for something else, without giving the address again: known, returning, same district.
        CaseDetails second = register(id, null, null);
        assertThat(second.segments().returning()).isTrue();
        assertThat(second.segments().districtCode()).isEqualTo("320311");
        assertThat(second.applicant()).isEqualTo(first.applicant());
    }

    @Test
    void withoutAnAddressTheDistrictComesFromTheIdNumber() {
        CaseDetails details = register(residentId("320312", "19900704"), null, null);
        assertThat(details.segments().districtCode()).isEqualTo("320312");
        assertThat(details.segments().ageBand()).isIn(AgeBand.FROM_30_TO_44, AgeBand.FROM_18_TO_29);
    }

    @Test
    void anEnterpriseAppliesThroughItsAgentAndIsReturningTheSecondTime() {
        String code = freshCreditCode();
        CaseDetails first = register(residentId("320311", "19850101"), null,
                new EnterpriseApplicant(code, "徐州云龙商贸有限公司", AgentRole.AGENT));
        assertThat(first.applicant().type()).isEqualTo(ApplicantType.ENTERPRISE);
        assertThat(first.applicantName()).isEqualTo("徐州云龙商贸有限公司");
        assertThat(first.agentRole()).isEqualTo(AgentRole.AGENT);
        assertThat(first.segments().applicantType()).isEqualTo(ApplicantType.ENTERPRISE);
        assertThat(first.segments().ageBand()).as("enterprises have no age").isNull();
        // The credit code was issued in Xuzhou (320300).
        assertThat(first.segments().districtCode()).isEqualTo("320300");
        assertThat(first.segments().returning()).isFalse();

        // The legal representative comes next time: the same enterprise, returning; the person is first-time.
        CaseDetails second = register(residentId("320311", "19700202"), null,
                new EnterpriseApplicant(code.toLowerCase(Locale.ROOT), "徐州云龙商贸有限公司", AgentRole.LEGAL_REPRESENTATIVE));
        assertThat(second.applicant()).isEqualTo(first.applicant());
        assertThat(second.segments().returning()).isTrue();
        assertThat(second.agentRole()).isEqualTo(AgentRole.LEGAL_REPRESENTATIVE);
    }

    @Test
    void aWellKnownEnterpriseFromAnotherProvinceGetsItsProvince() {
        CaseDetails details = register(residentId("440305", "19800808"), null,
                new EnterpriseApplicant(HUAWEI, "华为技术有限公司", AgentRole.AGENT));
        assertThat(details.segments().districtCode()).isEqualTo("440000");
    }

    @Test
    void aMistypedCreditCodeIsRefusedWithItsReasonAndNothingIsSaved() {
        String id = residentId("320311", "19660606");
        assertThatThrownBy(() -> register(id, null, new EnterpriseApplicant("914403001922038217", "", null)))
                .isInstanceOfSatisfying(InvalidRegistrationException.class, e -> {
                    assertThat(e.fieldErrors().get("creditCode")).contains("check character");
                    assertThat(e.fieldErrors()).containsKeys("enterpriseName", "agentRole");
                });
        assertThat(staff.as("frontdesk", () -> intake.findCitizen(IdType.RESIDENT_ID, id))).isEmpty();
    }

    @Test
    void atTheWindowAnEmptyMobileKeepsTheOneOnRecordAndAnEnterpriseRenamedThereIsKeptInItsHistory() {
        String id = residentId("320311", "19750505");
        String code = freshCreditCode();
        CaseDetails first = register(id, null, new EnterpriseApplicant(code, "徐州旧名有限公司", AgentRole.AGENT));
        CaseDetails second = staff.as("frontdesk2",
                () -> registrations.register(CaseRegistration.of(IdType.RESIDENT_ID, id,
                        "测试申请人", " ", "AMR-001", List.of(), null, Channel.WINDOW, null, null,
                        new EnterpriseApplicant(code, "徐州新名有限公司", AgentRole.AGENT))))
                .details();

        assertThat(second.citizenMaskedMobile()).isEqualTo("139****5678");
        Citizen onRecord = staff.as("frontdesk", () -> intake.findCitizen(IdType.RESIDENT_ID, id)).orElseThrow();
        assertThat(onRecord.maskedMobile()).isEqualTo("139****5678");
        assertThat(staff.as("frontdesk", () -> registrations.revealMobileAtWindow(
                new ApplicantRef(ApplicantType.PERSON, onRecord.id())))).contains("13912345678");
        assertThat(caseRecords.caseDetails(first.caseNumber()).orElseThrow().enterpriseName()).isEqualTo("徐州旧名有限公司");
        assertThat(intake.applicant(first.applicant()).orElseThrow().displayName()).isEqualTo("徐州新名有限公司");
        assertThat(intake.changesOf(first.applicant())).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo(ApplicantChange.Field.ENTERPRISE_NAME);
            assertThat(change.oldValue()).isEqualTo("徐州旧名有限公司");
            assertThat(change.newValue()).isEqualTo("徐州新名有限公司");
            assertThat(change.changedBy()).isEqualTo("frontdesk2");
        });
        ApplicantRef person = intake.findApplicants(id).get(0).ref();
        assertThat(intake.changesOf(person)).as("nothing of the person changed").isEmpty();
    }

    @Test
    void findingACitizenByDocumentIsTheWindowsAndShowsTheMobileMasked() {
        String id = residentId("320311", "19880808");
        register(id, null, null);

        Citizen found = staff.as("frontdesk", () -> intake.findCitizen(IdType.RESIDENT_ID, id)).orElseThrow();
        assertThat(found.name()).isEqualTo("测试申请人");
        assertThat(found.maskedMobile()).isEqualTo("139****5678");
        assertThat(found.toString()).doesNotContain("13912345678");
        assertThat(staff.as("admin", () -> intake.findCitizen(IdType.RESIDENT_ID, id))).isPresent();
        for (String other : List.of("amr.worker", "amr.head", "manager", "followup")) {
            assertThatThrownBy(() -> staff.as(other, () -> intake.findCitizen(IdType.RESIDENT_ID, id))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> intake.findCitizen(IdType.RESIDENT_ID, id))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private CaseDetails register(String idNumber, String address, EnterpriseApplicant enterprise) {
        return staff.as("frontdesk",
                () -> registrations.register(CaseRegistration.of(IdType.RESIDENT_ID, idNumber, "测试申请人",
                        "13912345678", "AMR-001", List.of("Application form"), null, Channel.WINDOW, null, address,
                        enterprise)))
                .details();
    }

    /** A valid resident ID number of the region and birth date, with a random sequence so runs do not meet. */
    static String residentId(String region, String birthDate) {
        String first17 = region + birthDate + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A valid credit code registered in Xuzhou (320300) with a random organisation code. */
    static String freshCreditCode() {
        StringBuilder code = new StringBuilder("91320300");
        for (int i = 0; i < 9; i++) {
            code.append(UnifiedSocialCreditCode.CHARACTERS.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
    }
}
