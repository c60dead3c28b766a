package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.satisfaction.NoticePrint;
import org.onewindow.satisfaction.NoticeReprint;
import org.onewindow.satisfaction.NoticeReprintField;
import org.onewindow.satisfaction.ResultNotice;
import org.onewindow.satisfaction.ResultNoticeService;
import org.onewindow.satisfaction.SatisfactionProperties;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * Notices print a survey token once at the delivery and then only on a reprint with a reason; both are kept
 * in {@code sat_notice_print}, where the satisfaction report finds reprints followed at once by an answer.
 */
@Service
@Transactional
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.MANAGER })
class DefaultResultNoticeService implements ResultNoticeService {

    private final Invitations invitations;
    private final SurveyStore surveys;
    private final NoticePrintStore prints;
    private final CurrentStaff currentStaff;
    private final CaseContactService contacts;
    private final DirectoryService directory;
    private final SatisfactionProperties properties;
    private final JurisdictionRules rules;
    private final Clock clock;

    DefaultResultNoticeService(Invitations invitations, SurveyStore surveys, NoticePrintStore prints,
            CurrentStaff currentStaff, CaseContactService contacts, DirectoryService directory,
            SatisfactionProperties properties, JurisdictionRules rules, Clock clock) {
        this.invitations = invitations;
        this.surveys = surveys;
        this.prints = prints;
        this.currentStaff = currentStaff;
        this.contacts = contacts;
        this.directory = directory;
        this.properties = properties;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public ResultNotice resultNotice(String caseNumber) {
        CaseDetails details = invitations.closedCase(caseNumber);
        String me = currentStaff.require().username();
        // Only the one who handed over the result prints at the delivery, right after it and only once; anyone
        // else who opens the notice (a colleague, a manager, the same clerk later) sees it without a link.
        boolean atDelivery = me.equals(details.deliveredBy())
                && clock.instant().isBefore(details.closedAt().plus(properties.noticePrintWindow()));
        if (!atDelivery || prints.anyFor(caseNumber)) {
            return notice(details, null, invitations.existing(caseNumber));
        }
        SurveyStore.Invitation invitation = invitations.ensure(details);
        surveys.lock(invitation.id());
        if (prints.anyFor(caseNumber)) {
            return notice(details, null, invitation);
        }
        return print(details, invitation, me, null);
    }

    @Override
    public ResultNotice reprint(String caseNumber, NoticeReprint reprint) {
        check(reprint);
        String reason = reprint.reason().strip();
        CaseDetails details = invitations.closedCase(caseNumber);
        SurveyStore.Invitation invitation = invitations.ensure(details);
        surveys.lock(invitation.id());
        surveys.revokeNoticeTokens(invitation.id(), clock.instant());
        return print(details, invitation, currentStaff.require().username(), reason);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NoticePrint> prints(String caseNumber) {
        return prints.forCase(caseNumber);
    }

    /** The one check of a reprint, before anything is revoked. */
    private static void check(NoticeReprint reprint) {
        String reason = reprint.reason();
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of(Map.of(NoticeReprintField.REASON,
                    Translations.current("satisfaction.error.reprint.reason")));
        }
        if (reason.strip().length() > NoticeReprint.MAX_REASON_LENGTH) {
            throw InvalidInputException.of(Map.of(NoticeReprintField.REASON,
                    Translations.current("satisfaction.error.reprint.tooLong",
                            String.valueOf(NoticeReprint.MAX_REASON_LENGTH))));
        }
    }

    private ResultNotice print(CaseDetails details, SurveyStore.Invitation invitation, String by, String reason) {
        Instant now = clock.instant();
        String token = SurveyTokens.newToken();
        surveys.addToken(invitation.id(), SurveyTokens.hash(token), TokenKind.NOTICE, now);
        prints.record(invitation.id(), new NoticePrint(details.caseNumber(), by, now, reason));
        return notice(details, SurveyLinks.url(properties, token), invitation);
    }

    private ResultNotice notice(CaseDetails details, String surveyUrl, SurveyStore.Invitation invitation) {
        // A closed case whose follow-up has not created the invitation yet still expires as it will.
        Instant expiresAt = invitation == null ? details.closedAt().plus(rules.evaluationPeriod())
                : invitation.expiresAt();
        // The notice is the citizen's: it names the item and the department in the language they chose for the
        // case, not in the clerk's, whose screen it is printed from.
        Locale language = contacts.citizenLanguage(details.caseNumber());
        return new ResultNotice(details.caseNumber(), details.serviceItemName(language), details.leadDepartmentCode(),
                details.outcome(), details.outcomeReason(), details.closedAt(), surveyUrl, expiresAt,
                prints.forCase(details.caseNumber()), directory.departmentName(details.leadDepartmentCode(), language),
                language);
    }
}
