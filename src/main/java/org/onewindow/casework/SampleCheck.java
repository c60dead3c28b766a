package org.onewindow.casework;

/** A sample case routed by the draft table and by the deployed one, for comparison. */
public record SampleCheck(SampleRouting draft, SampleRouting deployed) {
}
