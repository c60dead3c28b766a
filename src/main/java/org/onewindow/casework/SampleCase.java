package org.onewindow.casework;

/** A case to check routing rules against: its item, applicant type and region code (each may be {@code null}). */
public record SampleCase(String serviceItemCode, String applicantType, String regionCode) {
}
