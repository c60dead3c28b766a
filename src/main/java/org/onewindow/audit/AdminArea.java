package org.onewindow.audit;

/** What part of the hall's set-up an administrative change touched. */
public enum AdminArea {
    ACCOUNTS, ROLES, DEPARTMENTS, CATALOG, ROUTING, CALENDAR, API_KEYS, OUTBOX, SIGN_IN, INDICATORS, PROVINCE_EXCHANGE
}
