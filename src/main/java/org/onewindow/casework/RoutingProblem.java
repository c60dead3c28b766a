package org.onewindow.casework;

/**
 * What is wrong with a draft of the routing table, in the reader's language: an error refuses the deployment, a
 * warning does not (a rule an earlier one shadows).
 *
 * @param ruleNumber the rule's position, from 1, or {@code null} for the table as a whole
 */
public record RoutingProblem(Integer ruleNumber, boolean error, String message) {
}
