package org.onewindow.shared.metrics;

/**
 * A module's business gauges (a Micrometer {@code MeterBinder} reading the module's own tables). Scrapes only
 * read the values kept here; {@link #refresh} reads the database, every {@code onewindow.metrics.refresh-interval}
 * on every node. The figures are the whole cluster's, so every node reports the same ones.
 */
public interface BusinessFigures {

    /** Reads the figures again from the database. */
    void refresh();
}
