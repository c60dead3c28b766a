package org.onewindow.intake;

/**
 * An enterprise that applies, through the person whose details the registration carries.
 *
 * @param creditCode the unified social credit code (18 characters, see {@link UnifiedSocialCreditCode})
 * @param name the enterprise's registered name
 * @param role how the person stands for it
 */
public record EnterpriseApplicant(String creditCode, String name, AgentRole role) {
}
