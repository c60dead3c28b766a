package org.onewindow.satisfaction.ui;

import org.onewindow.satisfaction.AppealGround;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.Verdict;

import com.vaadin.flow.i18n.I18NProvider;

/** How the rectification's states read on screen, in the screen's language; one key per value. */
final class RectificationTexts {

    private RectificationTexts() {
    }

    static String stage(RectificationStage stage) {
        return I18NProvider.translate("satisfaction.stage." + stage.name());
    }

    static String verdict(Verdict verdict) {
        return I18NProvider.translate("satisfaction.verdict." + verdict.name());
    }

    static String ground(AppealGround ground) {
        return I18NProvider.translate("satisfaction.appealGround." + ground.name());
    }
}
