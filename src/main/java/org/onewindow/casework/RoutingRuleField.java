package org.onewindow.casework;

import org.onewindow.shared.InputField;

/** The fields of a {@link RoutingRule}, as its validator names them. */
public enum RoutingRuleField implements InputField {
    SERVICE_ITEM_CODE, APPLICANT_TYPE, REGION_MATCH, REGION_CODE, LEAD_DEPARTMENT_CODE, COLLABORATING_DEPARTMENT_CODES,
    NOTE
}
