package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.onewindow.intake.CaseContact;
import org.onewindow.intake.CaseContactService;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.satisfaction.SatisfactionProperties;
import org.onewindow.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Survey links to send to a citizen; the token is only in the link, the database keeps its hash. */
@Component
class SurveyLinks {

    record Link(String url, Instant expiresAt) {
    }

    private final SurveyStore store;
    private final CaseContactService intake;
    private final SatisfactionProperties properties;
    private final JurisdictionRules rules;
    private final Clock clock;

    SurveyLinks(SurveyStore store, CaseContactService intake, SatisfactionProperties properties,
            JurisdictionRules rules, Clock clock) {
        this.store = store;
        this.intake = intake;
        this.properties = properties;
        this.rules = rules;
        this.clock = clock;
    }

    static String url(SatisfactionProperties properties, String token) {
        return properties.publicBaseUrl() + "/survey/" + token;
    }

    /**
     * A link for the supplementary review after a rectification was fed back: rectifying can take longer than
     * the first link lives, so the invitation is kept open for another survey lifetime from now.
     */
    Link forSupplementaryReview(String caseNumber) {
        SurveyStore.Invitation invitation = store.findByCase(caseNumber)
                .orElseThrow(() -> new NotFoundException("No survey invitation for case " + caseNumber + "."));
        Instant renewed = clock.instant().plus(rules.evaluationPeriod());
        Instant expiresAt = renewed.isAfter(invitation.expiresAt()) ? renewed : invitation.expiresAt();
        String token = SurveyTokens.newToken();
        store.extendExpiry(invitation.id(), expiresAt);
        store.addToken(invitation.id(), SurveyTokens.hash(token), TokenKind.FEEDBACK, clock.instant());
        return new Link(url(properties, token), expiresAt);
    }

    /** Where the case's messages go, as given for the case. */
    Optional<CaseContact> caseContact(String caseNumber) {
        return intake.caseContact(caseNumber);
    }

    /**
     * The mobile number given for the case (not the citizen record's): the one place this module asks for it to
     * show staff who call the citizen (the phone follow-up, the call about a bad review).
     */
    Optional<String> citizenMobile(String caseNumber) {
        return intake.citizenMobile(caseNumber);
    }

    /** The language the citizen wants messages in. */
    Locale citizenLanguage(String caseNumber) {
        return intake.citizenLanguage(caseNumber);
    }
}
