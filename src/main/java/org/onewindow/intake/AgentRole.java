package org.onewindow.intake;

/** How the person at the window stands for an enterprise applicant. */
public enum AgentRole {
    /** The enterprise's legal representative (法定代表人), named on its business licence. */
    LEGAL_REPRESENTATIVE,
    /** Someone the enterprise authorised for this case (委托代理人), with a letter of authorisation. */
    AGENT
}
