package org.onewindow.exchange;

import java.util.List;

import org.onewindow.shared.PageRequest;

/** Administrators watch the exchange with the provincial evaluation platform and resend what it refused. */
public interface ExchangeService {

    /** The newest days with records, newest first: sent, pending and failed, with the platform's last answer. */
    List<ExchangeDay> days(int limit);

    /** Records in the given state ({@code null}: all), newest first, paged in the database. */
    List<ExchangeRecord> records(RecordStatus status, PageRequest page);

    long countRecords(RecordStatus status);

    /**
     * Sends a refused record again with the next round (logged as an administrative change).
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown record id
     * @throws org.onewindow.shared.BusinessRuleException for a record that is not FAILED (any more)
     */
    void resend(String recordId);

    /** Reconciliation: cases closed here whose closing the platform has not acknowledged, longest waiting first. */
    List<UnacknowledgedClosing> unacknowledgedClosings(int limit);
}
