package org.onewindow.casework;

import org.onewindow.intake.Attachment;
import org.onewindow.intake.MaterialsNotice;

/** Reading a whole case: front desk, managers, and staff of the departments on the case. */
public interface CaseFileService {

    CaseFile caseFile(String caseNumber);

    /** A one-time notice of missing materials, for printing; same visibility as its case. */
    MaterialsNotice materialsNotice(long noticeId);

    /**
     * Front desk and the departments on the case attach scans (PDF, JPEG, PNG) to it; the file name's extension
     * and the declared media type (may be empty) must agree with the content.
     */
    Attachment attach(String caseNumber, String fileName, String declaredType, byte[] content);

    /**
     * The case's process drawn as SVG: the steps open now highlighted, the steps done marked. Empty when the
     * case has no process (it should always have one).
     */
    java.util.Optional<String> processDiagram(String caseNumber);

    /** An attachment with its bytes, for whoever may see its case. */
    StoredScan scan(long attachmentId);
}
