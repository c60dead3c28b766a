package org.onewindow.satisfaction;

/** What the department head found when verifying a bad review with the citizen. */
public enum Verdict {
    /** The citizen had a point: the department rectifies. */
    JUSTIFIED,
    /** Not the department's fault (the law, another body, a misunderstanding): the citizen gets an explanation. */
    NOT_JUSTIFIED,
    /** Mistaken or malicious: a manager decides whether it counts in the statistics. */
    APPEALED
}
