package org.onewindow.exchange;

/** What a record tells the provincial platform; the suffix of its record id. */
public enum RecordType {
    /** The case was accepted (受理): {@code <case>-ACC}. */
    CASE_ACCEPTED,
    /** The case was closed (办结): {@code <case>-CLS}. */
    CASE_CLOSED,
    /** An evaluation of the case: {@code <case>-EV-<response id>}. */
    EVALUATION,
    /** The outcome of a bad review's rectification: {@code <case>-RF-<rectification id>}. */
    RECTIFICATION
}
