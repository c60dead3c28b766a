package org.onewindow.reporting;

/**
 * What demand is grouped by: the service item, or one of the segments kept on the case at intake (applicant
 * type, age band, district, channel, first-time or returning applicant).
 */
public enum DemandDimension {
    SERVICE_ITEM, APPLICANT_TYPE, AGE_BAND, DISTRICT, CHANNEL, RETURNING;

    /** The segments, in the order the report shows them. */
    public static final java.util.List<DemandDimension> SEGMENTS = java.util.List.of(APPLICANT_TYPE, AGE_BAND, DISTRICT,
            CHANNEL, RETURNING);
}
