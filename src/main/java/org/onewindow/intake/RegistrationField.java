package org.onewindow.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.shared.InputField;

/**
 * The fields of a {@link CaseRegistration} its validator names: each constant is a component of the record
 * ({@code CITIZEN_NAME} → {@code citizenName}), or of its {@link EnterpriseApplicant} for the enterprise's three.
 * These properties are the keys of {@link InvalidRegistrationException#fieldErrors()}, which the window's binder
 * places on its fields and Open311 turns into its parameter names.
 */
public enum RegistrationField implements InputField {
    ID_TYPE,
    ID_NUMBER,
    CITIZEN_NAME,
    MOBILE,
    EMAIL,
    SERVICE_ITEM_CODE,
    RECEIVED_MATERIALS,
    NOTES,
    ADDRESS,
    CHANNEL,
    /** {@link EnterpriseApplicant#creditCode()}. */
    CREDIT_CODE,
    /** {@link EnterpriseApplicant#enterpriseName()}. */
    ENTERPRISE_NAME,
    /** {@link EnterpriseApplicant#agentRole()}. */
    AGENT_ROLE;

    /**
     * The errors keyed by property, in the validator's order (what {@link CaseRegistrationService#validate} returns, so
     * that a caller listing them lists them as the validator found them).
     */
    public static Map<String, String> byProperty(Map<RegistrationField, String> errors) {
        Map<String, String> byProperty = new LinkedHashMap<>();
        errors.forEach((field, message) -> byProperty.put(field.property(), message));
        return byProperty;
    }
}
