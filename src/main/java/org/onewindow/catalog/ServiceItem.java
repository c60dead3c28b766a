package org.onewindow.catalog;

import java.util.List;

/**
 * One kind of request the hall handles.
 *
 * @param timeLimitWorkingDays promised time limit, counted in working days from acceptance
 * @param atMostOneVisit whether the hall promises the citizen needs to come only once
 */
public record ServiceItem(String code, String name, String description, String leadDepartmentCode,
        List<String> collaboratingDepartmentCodes, List<String> requiredMaterials, int timeLimitWorkingDays,
        boolean atMostOneVisit) {

    public ServiceItem {
        collaboratingDepartmentCodes = List.copyOf(collaboratingDepartmentCodes);
        requiredMaterials = List.copyOf(requiredMaterials);
    }

    public boolean needsJointReview() {
        return !collaboratingDepartmentCodes.isEmpty();
    }
}
