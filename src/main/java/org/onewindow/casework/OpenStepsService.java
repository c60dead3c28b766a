package org.onewindow.casework;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Progress of cases for public status listings (the Open311 API): which steps are open and since when. Needs no
 * sign-in, since it tells nothing about the citizen, who works on the case, or what anyone wrote.
 */
public interface OpenStepsService {

    /** By case number; cases with no open step of their service request (ended, or unknown) are left out. */
    Map<String, OpenStepsOfCase> progress(Collection<String> caseNumbers);

    /**
     * Of the given cases, those with an open step of their service request in the queue of {@code candidateGroup}
     * (a department code, or {@link ServiceRequestProcess#GROUP_FRONT_DESK}), claimed or not: whether that queue
     * has work on the case now. Says nothing about the citizen or who holds the step.
     */
    Set<String> casesWithOpenStepsIn(Collection<String> caseNumbers, String candidateGroup);
}
