package org.onewindow.catalog;

import org.onewindow.shared.InputField;

/** The fields of a {@link ServiceItemDraft}, as the catalog's check names them. */
public enum ServiceItemField implements InputField {
    CODE, NAME_ZH, NAME_EN, KIND, LEGAL_LIMIT_DAYS, PROMISED_LIMIT_DAYS, LEAD_DEPARTMENT_CODE,
    COLLABORATING_DEPARTMENT_CODES, MATERIALS, ONLINE_APPLICATION, GUIDE_ZH, GUIDE_EN, AT_MOST_ONE_VISIT
}
