package org.onewindow.satisfaction;

/**
 * Which service of a case an evaluation is about. Every case is evaluated at its closing; where the jurisdiction
 * evaluates one case at several stages (一事多评, {@link JurisdictionRules#evaluateAtAcceptance}), also at its
 * acceptance. Closing figures count the CLOSING stage only.
 */
public enum EvaluationStage {
    ACCEPTANCE, CLOSING
}
