package org.onewindow.intake;

/** Filters of the open-case list; {@code null} means no filter. */
public record OpenCaseFilter(String caseNumber, String serviceItemCode) {

    public static OpenCaseFilter none() {
        return new OpenCaseFilter(null, null);
    }
}
