package org.onewindow.catalog;

import org.onewindow.shared.InputField;

/** The fields of a {@link CalendarDay}, as the calendar's rules name them. */
public enum CalendarDayField implements InputField {
    DAY, KIND, NAME
}
