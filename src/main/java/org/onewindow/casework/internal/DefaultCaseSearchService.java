package org.onewindow.casework.internal;

import java.util.List;

import org.onewindow.casework.CaseSearchService;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseSearchCriteria;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultCaseSearchService implements CaseSearchService {

    private final CaseRecordService intake;
    private final CurrentStaff currentStaff;
    private final CaseFileAccess access;

    DefaultCaseSearchService(CaseRecordService intake, CurrentStaff currentStaff, CaseFileAccess access) {
        this.intake = intake;
        this.currentStaff = currentStaff;
        this.access = access;
    }

    @Override
    public List<CaseDetails> search(CaseSearchCriteria criteria, PageRequest page) {
        return intake.searchCases(criteria, access.scope(currentStaff.require()), page);
    }

    @Override
    public long count(CaseSearchCriteria criteria) {
        return intake.countCases(criteria, access.scope(currentStaff.require()));
    }
}
