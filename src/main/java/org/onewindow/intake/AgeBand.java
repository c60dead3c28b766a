package org.onewindow.intake;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age of a person applicant on the day of the case, from the birth date in the resident ID number. The bands
 * follow the life stages the hall's services follow: minors (through a guardian), young adults starting work
 * and families, the middle years, early retirement (60, China's statutory pension age for men), and the
 * elderly who qualify for care subsidies.
 */
public enum AgeBand {
    UNDER_18(0, 17),
    FROM_18_TO_29(18, 29),
    FROM_30_TO_44(30, 44),
    FROM_45_TO_59(45, 59),
    FROM_60_TO_69(60, 69),
    FROM_70(70, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeBand of(LocalDate birthDate, LocalDate on) {
        int age = Period.between(birthDate, on).getYears();
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        return UNDER_18; // a birth date after the case: not reachable with a valid ID number
    }
}
