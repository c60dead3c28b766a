package org.onewindow.casework;

/**
 * Filters and order of the inbox grids; blank or {@code null} means no filter.
 *
 * @param latestDueFirst order by due date descending instead of soonest due first
 */
public record InboxFilter(String caseNumber, String serviceItemCode, boolean latestDueFirst, Urgency urgency) {

    public InboxFilter {
        urgency = urgency == null ? Urgency.ALL : urgency;
    }

    public InboxFilter(String caseNumber, String serviceItemCode, boolean latestDueFirst) {
        this(caseNumber, serviceItemCode, latestDueFirst, Urgency.ALL);
    }

    public static InboxFilter none() {
        return new InboxFilter(null, null, false, Urgency.ALL);
    }
}
