package org.onewindow.casework;

/** Reading a whole case: front desk, managers, and staff of the departments on the case. */
public interface CaseFileService {

    CaseFile caseFile(String caseNumber);
}
