package org.onewindow.casework.process;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Helpers for expressions in the BPMN. Department lists travel as comma-separated strings, since the engine
 * stores no Java-serialized collections and variables stay small.
 */
@Component("caseVariables")
public class CaseVariables {

    public List<String> departments(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(code -> !code.isEmpty()).toList();
    }
}
