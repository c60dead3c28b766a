package org.onewindow.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The materials of a case: one-time notices of missing ones, which stop the legal clock, and the scans kept with
 * the case. Callers: casework's step work, case file and progress page.
 */
public interface CaseMaterialsService {

    /**
     * Records a one-time notice of missing materials and stops the legal clock of the case.
     *
     * @throws org.onewindow.shared.InvalidInputException when nothing, or something not required by the
     *     service item, is listed as missing
     */
    MaterialsNotice issueMaterialsNotice(String caseNumber, String stepName, List<String> missing, String note,
            String issuedBy, Instant bringBy);

    /** The citizen brought materials: marks them received and closes the open notice. */
    void recordMaterialsReceived(String caseNumber, List<String> received, Instant at);

    List<MaterialsNotice> materialsNotices(String caseNumber);

    Optional<MaterialsNotice> materialsNotice(long id);

    /**
     * Stores a scanned material with the case under a name the hall chooses; the given file name is kept as its
     * label. The type is recognised from the content (PDF, PNG, JPEG), and the file name's extension and the
     * declared media type (may be empty) must agree with it.
     *
     * @param material the checklist material the scan is of, named in either language; {@code null} or blank for
     *        something not on the checklist
     * @throws org.onewindow.shared.InvalidInputException for an empty, too large, unrecognised or misnamed file, or
     *         a material the case does not list; nothing is stored then
     */
    Attachment attach(String caseNumber, String material, String fileName, String declaredType, byte[] content,
            String uploadedBy);

    List<Attachment> attachments(String caseNumber);

    Optional<Attachment> attachment(long id);

    byte[] attachmentContent(long id);
}
