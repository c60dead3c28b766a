package org.onewindow.reporting;

/**
 * The public results (公示) for the public page and the hall's large screen. No sign-in: the figures hold nothing
 * personal. They are computed in the background on each node and read from memory (see
 * {@code reporting.internal.PublicResultsCache}), so a page never waits for a year of answers to be counted.
 */
public interface PublicResultsService {

    /** The figures as last computed on this node; computed now if this node has none yet (only just started). */
    PublicResults current();

    /**
     * Computes the figures now and keeps them for {@link #current()}. The background refresh calls it; so may a
     * test, after writing the answers it counts.
     */
    PublicResults refresh();
}
