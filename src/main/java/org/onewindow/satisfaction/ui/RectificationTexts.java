package org.onewindow.satisfaction.ui;

import org.onewindow.satisfaction.AppealGround;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.Verdict;

/** How the rectification's states read on screen. */
final class RectificationTexts {

    private RectificationTexts() {
    }

    static String stage(RectificationStage stage) {
        return switch (stage) {
            case VERIFYING -> "To verify";
            case APPEALED -> "Appeal to decide";
            case RECTIFYING -> "To rectify";
            case FED_BACK -> "Fed back to the citizen";
            case EXCLUDED -> "Excluded after appeal";
        };
    }

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case JUSTIFIED -> "Justified: we will rectify";
            case NOT_JUSTIFIED -> "Not justified: explain to the citizen";
            case APPEALED -> "Mistaken or malicious: appeal to a manager";
        };
    }

    static String ground(AppealGround ground) {
        return switch (ground) {
            case MISTAKEN -> "Mistaken (wrong case or wrong button, as the citizen confirmed)";
            case MALICIOUS -> "Malicious (abuse, or pressure for an unlawful result)";
        };
    }
}
