package org.onewindow.intake;

/**
 * What a citizen types on the public progress page: the case number and the lookup code printed on their
 * acceptance receipt. Checked by {@link CaseLookupService#lookUp}, the fields named by {@link CaseLookupField}.
 * Who is asking (for the attempt limit) is no part of it: the page knows it, the citizen does not type it.
 */
public record CaseLookup(String caseNumber, String lookupCode) {

    /**
     * What the page takes for a case number: a printed one ({@code OW-20261128-00042}) has 17 characters, with
     * room for the spaces people type. A longer one is no case's, and is answered as a wrong pair.
     */
    public static final int MAX_CASE_NUMBER = 40;
    /** What the page takes for a lookup code: eight letters and digits, with room for spaces and a dash. */
    public static final int MAX_LOOKUP_CODE = 20;
}
