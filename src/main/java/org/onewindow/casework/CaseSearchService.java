package org.onewindow.casework;

import java.util.List;

import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseSearchCriteria;
import org.onewindow.shared.PageRequest;

/**
 * Finding cases, within what the signed-in staff member may see: the front desk and managers search every
 * case, department staff the cases their departments work on.
 */
public interface CaseSearchService {

    List<CaseDetails> search(CaseSearchCriteria criteria, PageRequest page);

    long count(CaseSearchCriteria criteria);
}
