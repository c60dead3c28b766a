package org.onewindow.satisfaction.ui;

import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.Rating;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * How the survey's values read on screen, in the screen's language: the ratings (非常满意 … 非常不满意) on the
 * questionnaire, the survey page, the kiosk and the staff's review cards, and how an answer came in. One key
 * per value ({@code satisfaction.rating.<RATING>}), so a new value without a text fails the tests.
 */
final class SurveyTexts {

    private SurveyTexts() {
    }

    static String rating(Rating rating) {
        return I18NProvider.translate("satisfaction.rating." + rating.name());
    }

    static String channel(AnswerChannel channel) {
        return I18NProvider.translate("satisfaction.channel." + channel.name());
    }
}
