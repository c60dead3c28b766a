package org.onewindow.satisfaction.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSetDraft;
import org.onewindow.satisfaction.IndicatorSetField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

/**
 * The one check of a draft indicator set: 1 to 10 indicators, each with a code of capital letters, digits and
 * underscores unique in the set, and both names, none too long; the note not too long. An indicator's problem names
 * its row, in the order shown, on the indicators field.
 */
final class IndicatorSetValidator {

    private IndicatorSetValidator() {
    }

    /** @throws InvalidInputException naming every refused field; nothing may be stored then */
    static void check(IndicatorSetDraft draft) {
        Map<IndicatorSetField, String> errors = new LinkedHashMap<>();
        if (draft.note() != null && draft.note().strip().length() > IndicatorSetDraft.MAX_NOTE_LENGTH) {
            errors.put(IndicatorSetField.NOTE, Translations.current("satisfaction.indicators.error.noteTooLong",
                    String.valueOf(IndicatorSetDraft.MAX_NOTE_LENGTH)));
        }
        List<Indicator> indicators = draft.indicators() == null ? List.of() : draft.indicators();
        if (indicators.size() < IndicatorSetDraft.MIN_INDICATORS
                || indicators.size() > IndicatorSetDraft.MAX_INDICATORS) {
            errors.put(IndicatorSetField.INDICATORS, Translations.current("satisfaction.indicators.error.count",
                    String.valueOf(IndicatorSetDraft.MIN_INDICATORS),
                    String.valueOf(IndicatorSetDraft.MAX_INDICATORS)));
        } else {
            String problem = firstProblem(indicators);
            if (problem != null) {
                errors.put(IndicatorSetField.INDICATORS, problem);
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    /** The drafts' values as stored: codes and names without surrounding blanks, an empty note as none. */
    static IndicatorSetDraft normalised(IndicatorSetDraft draft) {
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        return new IndicatorSetDraft(note, draft.indicators().stream()
                .map(indicator -> new Indicator(strip(indicator.code()), strip(indicator.nameZh()),
                        strip(indicator.nameEn())))
                .toList());
    }

    private static String firstProblem(List<Indicator> indicators) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String row = String.valueOf(i + 1);
            String code = strip(indicator.code());
            if (code == null || code.isEmpty()) {
                return Translations.current("satisfaction.indicators.error.codeMissing", row);
            }
            if (code.length() > Indicator.MAX_CODE_LENGTH || !Indicator.CODE.matcher(code).matches()) {
                return Translations.current("satisfaction.indicators.error.code", row,
                        String.valueOf(Indicator.MAX_CODE_LENGTH));
            }
            if (!codes.add(code)) {
                return Translations.current("satisfaction.indicators.error.codeTwice", row, code);
            }
            String zh = strip(indicator.nameZh());
            String en = strip(indicator.nameEn());
            if (zh == null || zh.isEmpty() || en == null || en.isEmpty()) {
                return Translations.current("satisfaction.indicators.error.nameMissing", row);
            }
            if (zh.length() > Indicator.MAX_NAME_LENGTH || en.length() > Indicator.MAX_NAME_LENGTH) {
                return Translations.current("satisfaction.indicators.error.nameTooLong", row,
                        String.valueOf(Indicator.MAX_NAME_LENGTH));
            }
        }
        return null;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
