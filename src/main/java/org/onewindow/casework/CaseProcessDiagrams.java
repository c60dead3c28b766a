package org.onewindow.casework;

import java.util.List;
import java.util.Map;

/**
 * The deployed case process ({@code serviceRequest}) for reports: its steps, and its diagram marked up. Names
 * are in the language of the request being served (see {@code Translations.current}), English outside one.
 */
public interface CaseProcessDiagrams {

    /** The user steps, left to right as drawn. */
    List<ProcessStep> caseSteps();

    /** The case process as SVG with the given steps (by key) filled and annotated. */
    String caseProcessWith(Map<String, StepHighlight> highlights);
}
