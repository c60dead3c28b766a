package org.onewindow.casework.ui;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.UiFormats;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;

/** Date pickers in the screen's language: the calendar's months, weekdays and buttons, and the locale's date format. */
final class DatePickers {

    private DatePickers() {
    }

    static DatePicker localized(DatePicker picker) {
        Locale locale = UiFormats.locale();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        // DateFormatSymbols starts its weekdays at index 1 (Sunday), as the picker does at 0.
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        boolean chinese = locale.equals(Translations.CHINESE);
        // Weeks start on Monday in China.
        i18n.setFirstDayOfWeek(chinese ? 1 : 0);
        i18n.setToday(I18NProvider.translate("casework.datePicker.today"));
        i18n.setCancel(I18NProvider.translate("casework.common.cancel"));
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }
}
