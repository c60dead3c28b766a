package org.onewindow.crm.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.crm.AccessReason;
import org.onewindow.crm.ApplicantFile;
import org.onewindow.crm.ApplicantFileService;
import org.onewindow.crm.FileAccess;
import org.onewindow.crm.FileAccessRecord;
import org.onewindow.crm.FileAction;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantSummary;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.ApplicantRecordService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.notification.NotificationService;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The file and its audit. The log row is written in the same transaction as the reads, before them: a file is
 * never read without its row, and a refused or failed opening leaves none.
 */
@Service
@Transactional(readOnly = true)
class DefaultApplicantFileService implements ApplicantFileService {

    /** Cases listed in a file; an enterprise with more shows its latest. */
    static final int CASE_LIMIT = 200;
    static final int MESSAGE_LIMIT = 200;
    static final int LOG_LIMIT = 500;

    private final ApplicantRecordService intake;
    private final CaseRecordService caseRecords;
    private final NotificationService notifications;
    private final RectificationService rectifications;
    private final NeedToKnow needToKnow;
    private final FileAccessLog log;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    DefaultApplicantFileService(ApplicantRecordService intake, CaseRecordService caseRecords,
            NotificationService notifications, RectificationService rectifications, NeedToKnow needToKnow,
            FileAccessLog log, CurrentStaff currentStaff, Clock clock) {
        this.intake = intake;
        this.caseRecords = caseRecords;
        this.notifications = notifications;
        this.rectifications = rectifications;
        this.needToKnow = needToKnow;
        this.log = log;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @Override
    public FileAccess access(ApplicantRef applicant) {
        StaffMember viewer = currentStaff.require();
        require(applicant);
        return needToKnow.of(viewer, applicant);
    }

    @Override
    @Transactional
    public ApplicantFile open(ApplicantRef ref, AccessReason reason) {
        StaffMember viewer = currentStaff.require();
        ApplicantSummary applicant = require(ref);
        FileAccess access = needToKnow.of(viewer, ref);
        if (!access.mayOpen()) {
            throw new AccessDeniedException(Translations.current("crm.error.noNeedToKnow"));
        }
        String why = AccessReasonValidator.check(reason, access == FileAccess.REASON_REQUIRED);
        Instant now = clock.instant();
        log.record(viewer.username(), ref, FileAction.OPEN, why, now);

        List<CaseDetails> cases = intake.casesOf(ref, CASE_LIMIT + 1);
        boolean more = cases.size() > CASE_LIMIT;
        List<CaseDetails> listed = more ? cases.subList(0, CASE_LIMIT) : cases;
        List<String> numbers = listed.stream().map(CaseDetails::caseNumber).toList();
        return new ApplicantFile(applicant, listed, more, notifications.messagesToCitizens(numbers, MESSAGE_LIMIT),
                intake.materialsNoticesOf(ref), rectifications.openRectificationsOf(numbers),
                numbers.isEmpty() ? Map.of() : rectifications.visibleReviewsOf(numbers),
                needToKnow.mayRevealIdentifier(viewer), needToKnow.mayReadAccessLog(viewer), now,
                intake.changesOf(ref));
    }

    @Override
    @Transactional
    public String revealIdentifier(ApplicantRef applicant, AccessReason reason) {
        StaffMember viewer = currentStaff.require();
        if (!needToKnow.mayRevealIdentifier(viewer)) {
            throw new AccessDeniedException(Translations.current("crm.error.revealNotAllowed"));
        }
        require(applicant);
        String why = AccessReasonValidator.check(reason, true);
        log.record(viewer.username(), applicant, FileAction.REVEAL_ID, why, clock.instant());
        return intake.unmaskedIdentifier(applicant);
    }

    @Override
    public List<FileAccessRecord> accessLog(ApplicantRef applicant) {
        if (!needToKnow.mayReadAccessLog(currentStaff.require())) {
            throw new AccessDeniedException(Translations.current("crm.error.accessLogManagersOnly"));
        }
        return log.of(applicant, LOG_LIMIT);
    }

    @Override
    public List<ApplicantSummary> search(String idNumberOrCreditCode) {
        if (!needToKnow.mayRevealIdentifier(currentStaff.require())) {
            throw new AccessDeniedException(Translations.current("crm.error.searchNotAllowed"));
        }
        return intake.findApplicants(idNumberOrCreditCode);
    }

    @Override
    public Optional<ApplicantRef> fileOfCase(String caseNumber) {
        Optional<StaffMember> viewer = currentStaff.find();
        if (viewer.isEmpty()) {
            return Optional.empty();
        }
        return caseRecords.caseDetails(caseNumber).map(CaseDetails::applicant)
                .filter(ref -> needToKnow.of(viewer.get(), ref).mayOpen());
    }

    private ApplicantSummary require(ApplicantRef ref) {
        return intake.applicant(ref).orElseThrow(() -> new NotFoundException(
                Translations.current("crm.error.applicantNotFound", ref.toPath())));
    }
}
