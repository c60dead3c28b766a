package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.util.Locale;

import org.onewindow.intake.CaseAccepted;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.satisfaction.SatisfactionProperties;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 一事多评: where the jurisdiction evaluates one case at several stages
 * ({@link JurisdictionRules#evaluateAtAcceptance}), the acceptance of a case invites the citizen by SMS, in their
 * language, to evaluate the acceptance; the closing's invitation follows as always. In the acceptance's
 * transaction, so the invitation and its message commit with it.
 */
@Component
class AcceptanceEvaluations {

    /** Purpose of the SMS that asks the citizen to evaluate the acceptance. */
    static final String ACCEPTANCE_MESSAGE = "CASE_ACCEPTED_SURVEY";

    private final JurisdictionRules rules;
    private final Invitations invitations;
    private final SurveyStore store;
    private final SurveyLinks links;
    private final CaseRecordService cases;
    private final CaseContactService contacts;
    private final NotificationService notifications;
    private final SatisfactionProperties properties;
    private final Clock clock;

    AcceptanceEvaluations(JurisdictionRules rules, Invitations invitations, SurveyStore store, SurveyLinks links,
            CaseRecordService cases, CaseContactService contacts, NotificationService notifications,
            SatisfactionProperties properties, Clock clock) {
        this.rules = rules;
        this.invitations = invitations;
        this.store = store;
        this.links = links;
        this.cases = cases;
        this.contacts = contacts;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(CaseAccepted event) {
        if (!rules.evaluateAtAcceptance()) {
            return;
        }
        CaseDetails details = cases.caseDetails(event.caseNumber()).orElse(null);
        if (details == null) {
            return;
        }
        SurveyStore.Invitation invitation = invitations.createForAcceptance(details, event.acceptedAt());
        if (invitation == null) {
            return;
        }
        String token = SurveyTokens.newToken();
        store.addToken(invitation.id(), SurveyTokens.hash(token), TokenKind.LINK, clock.instant());
        Locale language = contacts.citizenLanguage(event.caseNumber());
        String text = Translations.text(language, "satisfaction.sms.accepted.survey", event.caseNumber(),
                details.serviceItemName(language), SurveyLinks.url(properties, token));
        links.caseContact(event.caseNumber()).flatMap(contact -> OutboundMessage.toCitizen(contact,
                Translations.text(language, "satisfaction.email.accepted.subject", event.caseNumber()), text,
                event.caseNumber(), ACCEPTANCE_MESSAGE)).ifPresent(notifications::enqueue);
    }
}
