package org.onewindow.casework.internal;

import org.onewindow.shared.BusinessRuleException;

/**
 * The engine refused a change because the same process instance changed at the same moment (a timer fired,
 * another person acted). Worth one more try: the next attempt sees the new state and either succeeds or
 * gives the person the reason it cannot.
 */
class EngineConflictException extends BusinessRuleException {

    EngineConflictException(String message) {
        super(message);
    }
}
