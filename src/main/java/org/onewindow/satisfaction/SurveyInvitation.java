package org.onewindow.satisfaction;

import java.time.Instant;

/**
 * What the public survey page may show: the item and the closing date, never personal data.
 *
 * @param answered the survey was answered; the link now offers the one supplementary review
 * @param indicators the indicator set the questionnaire asks: the current version of the link's channel
 * @param stage the service evaluated: the closing, or (一事多评) the acceptance, which has no closing date
 */
public record SurveyInvitation(String caseNumber, String serviceItemName, Instant closedAt, Instant expiresAt,
        boolean answered, String serviceItemNameEn, IndicatorSet indicators, EvaluationStage stage) {

    /** The evaluation of a closing. */
    public SurveyInvitation(String caseNumber, String serviceItemName, Instant closedAt, Instant expiresAt,
            boolean answered, String serviceItemNameEn, IndicatorSet indicators) {
        this(caseNumber, serviceItemName, closedAt, expiresAt, answered, serviceItemNameEn, indicators,
                EvaluationStage.CLOSING);
    }

    /** An item named the same in both languages. */
    public SurveyInvitation(String caseNumber, String serviceItemName, Instant closedAt, Instant expiresAt,
            boolean answered, IndicatorSet indicators) {
        this(caseNumber, serviceItemName, closedAt, expiresAt, answered, serviceItemName, indicators);
    }

    /** The item's name in the language the citizen reads the survey in. */
    public String serviceItemName(java.util.Locale language) {
        return "en".equals(language.getLanguage()) && serviceItemNameEn != null ? serviceItemNameEn : serviceItemName;
    }
}
