package org.onewindow.satisfaction.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.satisfaction.AppealDecision;
import org.onewindow.satisfaction.AppealDecisionField;
import org.onewindow.satisfaction.CallBack;
import org.onewindow.satisfaction.CallBackField;
import org.onewindow.satisfaction.RectificationMeasures;
import org.onewindow.satisfaction.RectificationMeasuresField;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.satisfaction.Verification;
import org.onewindow.satisfaction.VerificationField;
import org.onewindow.shared.InputField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

/**
 * The one check of each form of a bad review's rectification: the head's verification and measures, the
 * manager's appeal decision, the follow-up staff's call-back. Whether the person may act and the rectification's stage are the service's.
 */
final class RectificationValidator {

    private RectificationValidator() {
    }

    static void check(Verification verification) {
        Map<VerificationField, String> errors = new LinkedHashMap<>();
        if (verification.verdict() == null) {
            errors.put(VerificationField.VERDICT, Translations.current("satisfaction.error.rectification.verdict"));
        }
        text(errors, VerificationField.NOTE, verification.note(), Verification.MAX_NOTE_LENGTH,
                Translations.current(verification.verdict() == Verdict.APPEALED
                        ? "satisfaction.error.rectification.appealReasons"
                        : "satisfaction.error.rectification.verificationNote"));
        if (verification.verdict() == Verdict.APPEALED && verification.appealGround() == null) {
            errors.put(VerificationField.APPEAL_GROUND,
                    Translations.current("satisfaction.error.rectification.appealGround"));
        }
        refuseIfAny(errors);
    }

    static void check(RectificationMeasures measures) {
        Map<RectificationMeasuresField, String> errors = new LinkedHashMap<>();
        text(errors, RectificationMeasuresField.MEASURES, measures.measures(),
                RectificationMeasures.MAX_MEASURES_LENGTH,
                Translations.current("satisfaction.error.rectification.measures"));
        refuseIfAny(errors);
    }

    /** {@code upheld}: whether the manager upholds the appeal, which the note must explain. */
    static void check(AppealDecision decision, boolean upheld) {
        Map<AppealDecisionField, String> errors = new LinkedHashMap<>();
        text(errors, AppealDecisionField.DECISION_NOTE, decision.decisionNote(), AppealDecision.MAX_NOTE_LENGTH,
                Translations.current(upheld ? "satisfaction.error.rectification.upheldReason"
                        : "satisfaction.error.rectification.rejectedReason"));
        refuseIfAny(errors);
    }

    static void check(CallBack callBack) {
        Map<CallBackField, String> errors = new LinkedHashMap<>();
        if (callBack.reached() == null) {
            errors.put(CallBackField.REACHED, Translations.current("satisfaction.error.callBack.reached"));
        }
        text(errors, CallBackField.CITIZEN_SAID, callBack.citizenSaid(), CallBack.MAX_CITIZEN_SAID_LENGTH,
                Translations.current(Boolean.FALSE.equals(callBack.reached()) ? "satisfaction.error.callBack.tried"
                        : "satisfaction.error.callBack.citizenSaid"));
        refuseIfAny(errors);
    }

    private static <F extends InputField> void text(Map<F, String> errors, F field, String value, int max,
            String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.strip().length() > max) {
            // As a string: MessageFormat would write 1000 as "1,000".
            errors.put(field, Translations.current("satisfaction.error.rectification.tooLong", String.valueOf(max)));
        }
    }

    private static void refuseIfAny(Map<? extends InputField, String> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }
}
