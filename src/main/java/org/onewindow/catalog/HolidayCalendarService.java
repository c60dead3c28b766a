package org.onewindow.catalog;

import java.io.Reader;
import java.util.List;

/** The holiday calendar deadlines are counted with. Changes are for administrators and are recorded. */
public interface HolidayCalendarService {

    List<CalendarDay> year(int year);

    /**
     * @throws org.onewindow.shared.InvalidInputException by {@link CalendarDayField} when the day is already in the
     *     calendar, a make-up working day is not a weekend day, or the name is missing or too long
     */
    CalendarDay add(CalendarDay day);

    void remove(java.time.LocalDate day);

    /**
     * Replaces the entries of a year with the CSV ({@code date,kind,name} per line, header optional).
     *
     * @return how many days were imported
     * @throws org.onewindow.shared.InvalidInputException keyed {@code line N} for every bad line; nothing changes then
     */
    int importYear(int year, Reader csv);

    List<CalendarChange> recentChanges(int limit);
}
