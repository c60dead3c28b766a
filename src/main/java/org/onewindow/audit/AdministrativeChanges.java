package org.onewindow.audit;

import java.util.List;
import java.util.Locale;

import org.onewindow.shared.PageRequest;

/** The administrative audit log. */
public interface AdministrativeChanges {

    /**
     * Logs a change in the caller's transaction (there must be one), with the signed-in person ("system" when
     * none) and the hall's clock: the change and its entry commit or roll back together.
     */
    void record(AdministrativeChange change);

    /** Administrators: the entries the filter selects, newest first. */
    List<LoggedChange> search(AuditFilter filter, PageRequest page);

    /** Administrators: how many entries the filter selects. */
    long count(AuditFilter filter);

    /**
     * Administrators: the entries the filter selects, newest first, as RFC 4180 CSV in UTF-8 (with a byte order
     * mark, for Excel), headers and area and action names in the given language; at most {@link #MAX_EXPORT_ROWS}.
     */
    byte[] exportCsv(AuditFilter filter, Locale language);

    int MAX_EXPORT_ROWS = 100_000;
}
