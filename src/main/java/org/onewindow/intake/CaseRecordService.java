package org.onewindow.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onewindow.shared.PageRequest;

/**
 * Reading case records: one case, the lists and searches of the staff's screens, and the public statuses of the
 * Open311 API. Callers: casework, satisfaction, the receipt, Open311.
 */
public interface CaseRecordService {

    Optional<CaseDetails> caseDetails(String caseNumber);

    /** Cases by number, for screens that list many at once. Unknown numbers are left out. */
    List<CaseDetails> caseDetails(Collection<String> caseNumbers);

    /** Open cases for managers, newest due first; paged in the database. */
    List<CaseDetails> openCases(OpenCaseFilter filter, PageRequest page);

    long countOpenCases(OpenCaseFilter filter);

    /**
     * Cases matching the criteria, newest first, paged in the database.
     *
     * @param departmentScope only cases these departments work on (lead or collaborating); {@code null} for
     *     all cases. The caller decides the scope from who is asking.
     */
    List<CaseDetails> searchCases(CaseSearchCriteria criteria, Set<String> departmentScope, PageRequest page);

    long countCases(CaseSearchCriteria criteria, Set<String> departmentScope);

    /** Closed cases whose result the staff member delivered at or after {@code since}, newest first. */
    List<CaseDetails> casesDeliveredBy(String username, Instant since, int limit);

    /**
     * Where cases stand, for the public (the Open311 API): nothing about the citizen. Newest accepted first, at
     * most {@code limit}; one query, served by the indexes on case number and acceptance time.
     */
    List<PublicCaseStatus> publicStatuses(PublicCaseQuery query, int limit);

    /**
     * The case with its applicant's full identity (name, ID type and number, mobile), for the provincial evaluation
     * platform's report only ({@code exchange}); empty for an unknown case. Never for screens or logs.
     */
    Optional<ProvinceCase> forProvince(String caseNumber);
}
