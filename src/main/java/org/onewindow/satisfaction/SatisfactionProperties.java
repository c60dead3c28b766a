package org.onewindow.satisfaction;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.satisfaction.*}; the rules that differ by jurisdiction are {@link JurisdictionRules}.
 *
 * @param reminderWorkingDays working days without an answer before a phone follow-up
 * @param maxPhoneAttempts unanswered calls before the citizen counts as unreachable
 * @param publicBaseUrl how citizens reach OneWindow (for links in messages)
 * @param kioskWindow how long after closing a case its survey is offered on the window's kiosk
 * @param noticePrintWindow how long after closing a case the one who delivered it prints the result notice's survey
 *     code without a reason; later, or anyone else, reprints it with one
 */
@ConfigurationProperties("onewindow.satisfaction")
public record SatisfactionProperties(@DefaultValue("2") int reminderWorkingDays,
        @DefaultValue("3") int maxPhoneAttempts,
        @DefaultValue("http://localhost:8080") String publicBaseUrl, @DefaultValue("10m") Duration kioskWindow,
        @DefaultValue("30m") Duration noticePrintWindow) {
}
