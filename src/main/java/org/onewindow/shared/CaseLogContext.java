package org.onewindow.shared;

import java.util.function.Supplier;

import org.slf4j.MDC;

/**
 * The case number in the logging context ({@code caseNumber}, the same key the process engine fills with the
 * business key during its steps), so that every log line written while acting on a case names it, in the JSON
 * logs too. A {@linkplain #scope scope} at the service boundary removes it again, or restores the case an outer
 * scope was working on.
 */
public final class CaseLogContext {

    /** The MDC key; also {@code logging-context-business-key} of the engine in config/application.yaml. */
    public static final String KEY = "caseNumber";

    private CaseLogContext() {
    }

    /** Runs {@code work}; whatever case number it puts into the logging context is gone afterwards. */
    public static <T> T scope(Supplier<T> work) {
        String outer = MDC.get(KEY);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, outer);
            }
        }
    }

    /** Names the case from here to the end of the enclosing {@linkplain #scope scope}. */
    public static void put(String caseNumber) {
        if (caseNumber != null) {
            MDC.put(KEY, caseNumber);
        }
    }
}
