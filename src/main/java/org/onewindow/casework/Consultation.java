package org.onewindow.casework;

/**
 * The lead department's question to another department, to be answered within the given number of working
 * days; the decision waits for the answer.
 */
public record Consultation(String departmentCode, String question, int workingDays) {

    /** The longest question, as the consultation dialog's field and the validator count it. */
    public static final int MAX_QUESTION_LENGTH = 2000;
    /** The fewest and the most working days a consulted department may be given to answer. */
    public static final int MIN_WORKING_DAYS = 1;
    public static final int MAX_WORKING_DAYS = 20;
}
