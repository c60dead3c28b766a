package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.directory.DirectoryService;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.LocaleFormats;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic steps of {@code badReviewRectification}, called by its delegates inside the engine's
 * transaction: open the record, escalate an overdue step to the managers, and tell the citizen the outcome.
 */
@Service
@Transactional
public class RectificationWorkflow {

    private final RectificationStore rectifications;
    private final SurveyLinks links;
    private final NotificationService notifications;
    private final DirectoryService directory;
    private final WorkingDayCalendar calendar;
    private final JurisdictionRules rules;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    RectificationWorkflow(RectificationStore rectifications, SurveyLinks links, NotificationService notifications,
            DirectoryService directory, WorkingDayCalendar calendar, JurisdictionRules rules, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.rectifications = rectifications;
        this.links = links;
        this.notifications = notifications;
        this.directory = directory;
        this.calendar = calendar;
        this.rules = rules;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Opens the rectification of the case's bad review given at this stage and returns it (with when the
     * verification is due); empty when the case has one already, which covers this bad review too.
     */
    public Optional<Rectification> open(String caseNumber, EvaluationStage stage) {
        Instant now = clock.instant();
        if (!rectifications.open(caseNumber, stage, now, calendar.deadline(now, rules.verifyWorkingDays()))) {
            return Optional.empty();
        }
        return Optional.of(require(caseNumber));
    }

    /** Whether this jurisdiction has every bad review end with a call-back; read once, when the handling starts. */
    public boolean callBackRequired() {
        return rules.callBackRequired();
    }

    /**
     * Opens the call-back of the case's bad review and returns when it is due: within the working days the
     * jurisdiction gives to verify a bad review, from now.
     */
    public Instant openCallBack(String caseNumber) {
        Instant now = clock.instant();
        rectifications.openCallBack(caseNumber, now, calendar.deadline(now, rules.verifyWorkingDays()));
        return require(caseNumber).callBack().dueAt();
    }

    /** Marks the call-back escalated and e-mails every manager, each in the language they chose on screen. */
    public void escalateCallBack(String caseNumber) {
        Rectification rectification = require(caseNumber);
        rectifications.markCallBackEscalated(caseNumber, clock.instant());
        mailManagers(rectification, "satisfaction.mail.callBackOverdue");
    }

    /** Marks the waiting step escalated and e-mails every manager, each in the language they chose on screen. */
    public void escalate(String caseNumber, boolean verification) {
        Rectification rectification = require(caseNumber);
        rectifications.markEscalated(caseNumber, verification, clock.instant());
        mailManagers(rectification, verification ? "satisfaction.mail.verificationOverdue"
                : "satisfaction.mail.rectificationOverdue");
    }

    private void mailManagers(Rectification rectification, String texts) {
        String caseNumber = rectification.caseNumber();
        // Each manager reads the item and the department in their own language: this runs as a timer's job, where
        // no request has a language of its own.
        directory.withRole(AppRoles.MANAGER).stream().filter(manager -> manager.email() != null)
                .forEach(manager -> notifications.enqueue(new OutboundMessage(MessageChannel.EMAIL, manager.email(),
                        Translations.text(manager.language(), texts + ".subject", caseNumber),
                        Translations.text(manager.language(), texts + ".body", caseNumber,
                                rectification.serviceItemName(manager.language()),
                                directory.departmentName(rectification.departmentCode(), manager.language())),
                        caseNumber, "RECTIFICATION_ESCALATED")));
    }

    /**
     * Tells the citizen what came of their review, with a fresh link for the one supplementary review; returns
     * until when that link works. A bad evaluation of the acceptance gets no supplementary review (it is answered
     * once, and the closing's evaluation is the citizen's next say): then no link, and null.
     */
    public Instant feedBack(String caseNumber) {
        Rectification rectification = require(caseNumber);
        boolean supplementary = rectifications.stageOf(caseNumber)
                .orElse(EvaluationStage.CLOSING) == EvaluationStage.CLOSING;
        SurveyLinks.Link link = supplementary ? links.forSupplementaryReview(caseNumber) : null;
        Locale language = links.citizenLanguage(caseNumber);
        boolean explained = rectification.verdict() == Verdict.NOT_JUSTIFIED;
        // What the head wrote goes out as written; only the sentence around it is in the citizen's language.
        String said = brief(explained ? rectification.verificationNote() : rectification.measures(), language);
        String text = link == null
                ? Translations.text(language, explained ? "satisfaction.sms.feedback.acceptance.explained"
                        : "satisfaction.sms.feedback.acceptance.rectified", caseNumber, said)
                : Translations.text(language, explained ? "satisfaction.sms.feedback.explained"
                        : "satisfaction.sms.feedback.rectified", caseNumber, said,
                        LocaleFormats.date(link.expiresAt(), clock.getZone(), language), link.url());
        links.caseContact(caseNumber).flatMap(contact -> OutboundMessage.toCitizen(contact,
                Translations.text(language, "satisfaction.email.feedback.subject", caseNumber), text, caseNumber,
                "RECTIFICATION_FEEDBACK")).ifPresent(notifications::enqueue);
        Instant concluded = clock.instant();
        rectifications.markFedBack(caseNumber, concluded);
        events.publishEvent(new org.onewindow.satisfaction.RectificationConcluded(caseNumber,
                rectifications.idOf(caseNumber), rectification.verdict(), explained ? rectification.verificationNote()
                        : rectification.measures(),
                rectification.openedAt(), rectification.verifiedAt(),
                rectification.rectifiedAt(), concluded, onTime(rectification)));
        return link == null ? null : link.expiresAt();
    }

    /** Verified and (when justified) rectified each by its due date. */
    private static boolean onTime(Rectification r) {
        return r.verifiedAt() != null && !r.verifiedAt().isAfter(r.verifyDueAt())
                && (r.rectifiedAt() == null || r.rectifyDueAt() == null || !r.rectifiedAt().isAfter(r.rectifyDueAt()));
    }

    /** Keeps the text message short, ending as a sentence; the full text is on the case. */
    private static String brief(String text, Locale language) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        String shortened = oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
        boolean ended = shortened.matches(".*[.。!！?？]$");
        return ended ? shortened
                : shortened + (Translations.supported(language).equals(Translations.CHINESE) ? "。" : ".");
    }

    private Rectification require(String caseNumber) {
        return rectifications.find(caseNumber)
                .orElseThrow(() -> new NotFoundException("No rectification for case " + caseNumber + "."));
    }
}
