package org.onewindow.satisfaction;

/**
 * Where a version of an indicator set stands: a draft administrators still edit, the published version a channel's
 * questionnaire asks now, or a retired version that answers given earlier keep for the reports. Published and
 * retired versions never change.
 */
public enum IndicatorSetState {
    DRAFT, PUBLISHED, RETIRED
}
