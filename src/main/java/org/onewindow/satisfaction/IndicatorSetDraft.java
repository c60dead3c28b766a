package org.onewindow.satisfaction;

import java.util.List;

/**
 * What administrators edit in a draft version of an indicator set: its indicators in the order asked, and a note.
 * Fields named by {@link IndicatorSetField}.
 */
public record IndicatorSetDraft(String note, List<Indicator> indicators) {

    /** The fewest and the most indicators a set asks. */
    public static final int MIN_INDICATORS = 1;
    public static final int MAX_INDICATORS = 10;
    /** The longest note. */
    public static final int MAX_NOTE_LENGTH = 500;

    /** The draft as the set has it now. */
    public static IndicatorSetDraft of(IndicatorSet set) {
        return new IndicatorSetDraft(set.note(), set.indicators());
    }
}
