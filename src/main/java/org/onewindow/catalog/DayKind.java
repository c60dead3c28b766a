package org.onewindow.catalog;

/** A day that differs from the plain week: a public holiday, or a weekend day officially worked (调休). */
public enum DayKind {
    HOLIDAY, WORKDAY
}
