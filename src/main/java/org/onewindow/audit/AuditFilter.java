package org.onewindow.audit;

import java.time.LocalDate;

/**
 * What administrators look for in the audit log; every criterion is optional ({@code null} or blank: any). The
 * actor (a username) is matched exactly, the subject as a part of it (ignoring case), the dates are days of the
 * hall's calendar, both included.
 */
public record AuditFilter(AdminArea area, String actor, String subject, LocalDate from, LocalDate to) {

    /** Everything. */
    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null);
    }
}
