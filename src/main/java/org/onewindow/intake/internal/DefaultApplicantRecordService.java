package org.onewindow.intake.internal;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.onewindow.intake.ApplicantChange;
import org.onewindow.intake.ApplicantRecordService;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantSummary;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.Citizen;
import org.onewindow.intake.IdType;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.ResidentIdNumber;
import org.onewindow.shared.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultApplicantRecordService implements ApplicantRecordService {

    private final CitizenRepository citizens;
    private final ApplicantQueries queries;
    private final ApplicantChangeLog changeLog;

    DefaultApplicantRecordService(CitizenRepository citizens, ApplicantQueries queries, ApplicantChangeLog changeLog) {
        this.citizens = citizens;
        this.queries = queries;
        this.changeLog = changeLog;
    }

    @Override
    @RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.ADMIN })
    public Optional<Citizen> findCitizen(IdType idType, String idNumber) {
        return citizens.findByIdTypeAndIdNumber(idType, ResidentIdNumber.normalize(idNumber))
                .map(CitizenEntity::toCitizen);
    }

    @Override
    public Optional<ApplicantSummary> applicant(ApplicantRef applicant) {
        return queries.summary(applicant);
    }

    @Override
    public List<ApplicantSummary> findApplicants(String idNumberOrCreditCode) {
        return queries.find(idNumberOrCreditCode);
    }

    @Override
    public List<ApplicantChange> changesOf(ApplicantRef applicant) {
        return changeLog.of(applicant);
    }

    @Override
    public List<CaseDetails> casesOf(ApplicantRef applicant, int limit) {
        return queries.cases(applicant, limit);
    }

    @Override
    public List<CaseDetails> openCasesOf(ApplicantRef applicant) {
        return queries.openCases(applicant);
    }

    @Override
    public List<MaterialsNotice> materialsNoticesOf(ApplicantRef applicant) {
        return queries.notices(applicant);
    }

    @Override
    public String unmaskedIdentifier(ApplicantRef applicant) {
        return queries.unmaskedIdentifier(applicant);
    }
}
