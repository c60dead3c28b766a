package org.onewindow.shared;

/**
 * A request that breaks a business rule (a task already claimed, a case in the wrong state).
 * Its message is meant for the person who made the request.
 */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
