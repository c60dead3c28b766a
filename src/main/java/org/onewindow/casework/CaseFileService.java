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
    default Attachment attach(String caseNumber, String fileName, String declaredType, byte[] content) {
        return attach(caseNumber, null, fileName, declaredType, content);
    }

    /**
     * As {@link #attach(String, String, String, byte[])}, the scan being of one material of the case's checklist
     * (named in either language), or of something else when {@code material} is {@code null} or blank.
     */
    Attachment attach(String caseNumber, String material, String fileName, String declaredType, byte[] content);

    /** The scans of a case, for whoever may see it (the task screen's checklist). */
    java.util.List<Attachment> attachments(String caseNumber);

    /**
     * The front desk gives the citizen a new lookup code for a case they may see (the citizen lost theirs): the
     * earlier code stops working at once, the new one is returned to be shown once and printed, the reissue is
     * written in the case's history and the citizen told if the case has a contact.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    String reissueLookupCode(String caseNumber);

    /**
     * The case's process drawn as SVG: the steps open now highlighted, the steps done marked. Empty when the
     * case has no process (it should always have one).
     */
    java.util.Optional<String> processDiagram(String caseNumber);

    /** An attachment with its bytes, for whoever may see its case. */
    StoredScan scan(long attachmentId);
}
