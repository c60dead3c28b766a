package org.onewindow.satisfaction;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.satisfaction.jurisdiction.*}: the good/bad review rules that differ between provinces, in one
 * place, with today's national values as defaults. Read-only; other modules inject this record (e.g. to refuse an
 * evaluation that comes after the {@link #evaluationPeriod}).
 *
 * @param verifyWorkingDays working days to verify a bad review with the citizen (Dezhou: 5)
 * @param rectifyWorkingDays working days to rectify a justified bad review
 * @param callBackRequired every bad review's rectification ends with follow-up staff calling the citizen back
 * @param evaluationPeriod how long after closing a case may be evaluated (link, printed notice, kiosk, phone)
 * @param evaluateAtAcceptance 一事多评: the acceptance of a case is evaluated too, not only its closing
 */
@ConfigurationProperties("onewindow.satisfaction.jurisdiction")
public record JurisdictionRules(@DefaultValue("1") int verifyWorkingDays, @DefaultValue("15") int rectifyWorkingDays,
        @DefaultValue("false") boolean callBackRequired, @DefaultValue("15d") Duration evaluationPeriod,
        @DefaultValue("false") boolean evaluateAtAcceptance) {

    /** Today's national rules: the defaults. */
    public static JurisdictionRules defaults() {
        return new JurisdictionRules(1, 15, false, Duration.ofDays(15), false);
    }
}
