package org.onewindow.intake.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseSearchCriteria;
import org.onewindow.intake.OpenCaseFilter;
import org.onewindow.intake.PublicCaseQuery;
import org.onewindow.intake.PublicCaseStatus;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultCaseRecordService implements CaseRecordService {

    private final CaseRepository cases;
    private final CaseQueries queries;

    DefaultCaseRecordService(CaseRepository cases, CaseQueries queries) {
        this.cases = cases;
        this.queries = queries;
    }

    @Override
    public Optional<CaseDetails> caseDetails(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(CaseEntity::toDetails);
    }

    @Override
    public List<CaseDetails> caseDetails(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        return cases.findByCaseNumberIn(caseNumbers).stream().map(CaseEntity::toDetails).toList();
    }

    @Override
    @RolesAllowed({ AppRoles.MANAGER, AppRoles.ADMIN })
    public List<CaseDetails> openCases(OpenCaseFilter filter, PageRequest page) {
        return queries.open(filter, page);
    }

    @Override
    @RolesAllowed({ AppRoles.MANAGER, AppRoles.ADMIN })
    public long countOpenCases(OpenCaseFilter filter) {
        return queries.countOpen(filter);
    }

    @Override
    public List<CaseDetails> searchCases(CaseSearchCriteria criteria, Set<String> departmentScope, PageRequest page) {
        return queries.search(criteria, departmentScope, page);
    }

    @Override
    public long countCases(CaseSearchCriteria criteria, Set<String> departmentScope) {
        return queries.countSearch(criteria, departmentScope);
    }

    @Override
    public List<CaseDetails> casesDeliveredBy(String username, Instant since, int limit) {
        return queries.deliveredBy(username, since, limit);
    }

    @Override
    public List<PublicCaseStatus> publicStatuses(PublicCaseQuery query, int limit) {
        return queries.publicStatuses(query, limit);
    }

    @Override
    public Optional<org.onewindow.intake.ProvinceCase> forProvince(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(CaseEntity::toProvinceCase);
    }
}
