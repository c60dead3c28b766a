package org.onewindow.intake.internal;

import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.ProvinceCase;

/**
 * A case as the provincial evaluation platform is told of it: the case's own view, with the applicant unmasked, which
 * only this report gets (see {@code CaseRecordService#forProvince}).
 */
final class ProvinceCases {

    private ProvinceCases() {
    }

    static ProvinceCase of(CaseDetails details, CitizenEntity citizen, EnterpriseEntity enterprise,
            ApplicantContactSnapshot contact) {
        boolean byEnterprise = enterprise != null;
        return new ProvinceCase(details.caseNumber(), details.serviceItemCode(), details.serviceItemName(),
                details.serviceItemVersion(), details.leadDepartmentCode(),
                byEnterprise ? ApplicantType.ENTERPRISE : ApplicantType.PERSON,
                byEnterprise ? enterprise.name() : contact.name(),
                byEnterprise ? "UNIFIED_SOCIAL_CREDIT_CODE" : citizen.idType().name(),
                byEnterprise ? enterprise.creditCode() : citizen.idNumber(), contact.mobile(), details.channel(),
                details.status(), details.outcome(), details.acceptedAt(), details.dueAt(), details.closedAt(),
                details.deliveredBy(), details.segments().districtCode());
    }
}
