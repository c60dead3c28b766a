package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.directory.DirectoryService;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationProperties;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.NotFoundException;
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
    private final RectificationProperties properties;
    private final Clock clock;

    RectificationWorkflow(RectificationStore rectifications, SurveyLinks links, NotificationService notifications,
            DirectoryService directory, WorkingDayCalendar calendar, RectificationProperties properties, Clock clock) {
        this.rectifications = rectifications;
        this.links = links;
        this.notifications = notifications;
        this.directory = directory;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** Opens the rectification and returns when the verification is due. */
    public Rectification open(String caseNumber) {
        Instant now = clock.instant();
        rectifications.open(caseNumber, now, calendar.deadline(now, properties.verifyWorkingDays()));
        return require(caseNumber);
    }

    /** Marks the waiting step escalated and e-mails every manager. */
    public void escalate(String caseNumber, boolean verification) {
        Rectification rectification = require(caseNumber);
        rectifications.markEscalated(caseNumber, verification, clock.instant());
        String step = verification ? "verification" : "rectification";
        String department = directory.departmentName(rectification.departmentCode());
        directory.withRole(AppRoles.MANAGER).stream().filter(manager -> manager.email() != null)
                .forEach(manager -> notifications.enqueue(new OutboundMessage(MessageChannel.EMAIL, manager.email(),
                        "Overdue bad-review " + step + ": case " + caseNumber,
                        "The " + step + " of the bad review of case " + caseNumber + " (" + rectification.serviceItemName()
                                + ") by " + department + " is overdue. Open Bad reviews in OneWindow to follow it up.",
                        caseNumber, "RECTIFICATION_ESCALATED")));
    }

    /**
     * Tells the citizen what came of their review, with a fresh link for the one supplementary review; returns
     * until when that link works.
     */
    public Instant feedBack(String caseNumber) {
        Rectification rectification = require(caseNumber);
        SurveyLinks.Link link = links.forSupplementaryReview(caseNumber);
        String outcome = rectification.verdict() == Verdict.NOT_JUSTIFIED
                ? "we looked into it: " + brief(rectification.verificationNote())
                : "we have put it right: " + brief(rectification.measures());
        links.citizenMobile(caseNumber).ifPresent(mobile -> notifications.enqueue(new OutboundMessage(
                MessageChannel.SMS, mobile, null, "[County Service Hall] About your review of case " + caseNumber + ", "
                        + outcome + " You can tell us what you think now until "
                        + DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone()).format(link.expiresAt())
                        + ": " + link.url(),
                caseNumber, "RECTIFICATION_FEEDBACK")));
        rectifications.markFedBack(caseNumber, clock.instant());
        return link.expiresAt();
    }

    /** Keeps the text message short; the full text is on the case. */
    private static String brief(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return (oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...")
                + (oneLine.endsWith(".") ? "" : ".");
    }

    private Rectification require(String caseNumber) {
        return rectifications.find(caseNumber)
                .orElseThrow(() -> new NotFoundException("No rectification for case " + caseNumber + "."));
    }
}
