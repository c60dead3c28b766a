package org.onewindow.intake;

/**
 * An enterprise that applies, through the person whose details the registration carries. The components are
 * named as the registration's fields ({@link RegistrationField#ENTERPRISE_NAME}, …), so that the window's binder
 * and the validator's keys agree.
 *
 * @param creditCode the unified social credit code (18 characters, see {@link UnifiedSocialCreditCode})
 * @param enterpriseName the enterprise's registered name, at most {@link CaseRegistration#MAX_ENTERPRISE_NAME}
 *     characters
 * @param agentRole how the person stands for it
 */
public record EnterpriseApplicant(String creditCode, String enterpriseName, AgentRole agentRole) {
}
