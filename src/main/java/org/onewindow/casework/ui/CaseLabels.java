package org.onewindow.casework.ui;

import java.util.Arrays;

import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.Outcome;

import com.vaadin.flow.i18n.I18NProvider;

/** How staff screens name the values of a case record, in the reader's language. */
final class CaseLabels {

    private CaseLabels() {
    }

    static String status(CaseStatus status) {
        return status == null ? "" : I18NProvider.translate("casework.status." + status.name());
    }

    static String outcome(Outcome outcome) {
        return outcome == null ? "" : I18NProvider.translate("casework.outcome." + outcome.name());
    }

    static String channel(Channel channel) {
        return channel == null ? "" : I18NProvider.translate("casework.channel." + channel.name());
    }

    /** A decision recorded with an opinion: an {@link Outcome}'s name, or as recorded when it is none. */
    static String decision(String recorded) {
        return Arrays.stream(Outcome.values()).filter(outcome -> outcome.name().equals(recorded)).findFirst()
                .map(CaseLabels::outcome).orElse(recorded);
    }
}
