package org.onewindow.casework;

import java.util.Collection;
import java.util.Map;

/**
 * Progress of cases for public status listings (the Open311 API): which steps are open and since when. Needs no
 * sign-in, since it tells nothing about the citizen, who works on the case, or what anyone wrote.
 */
public interface OpenStepsService {

    /** By case number; cases with no open step of their service request (ended, or unknown) are left out. */
    Map<String, OpenStepsOfCase> progress(Collection<String> caseNumbers);
}
