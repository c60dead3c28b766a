package org.onewindow.intake;

import java.util.List;

/**
 * What the front desk enters for a new case. Checked field by field by {@link IntakeService#validate}.
 *
 * @param receivedMaterials the required materials the desk ticked as received (names from the service item)
 */
public record CaseRegistration(IdType idType, String idNumber, String citizenName, String mobile,
        String serviceItemCode, List<String> receivedMaterials, String notes, Channel channel) {

    public CaseRegistration {
        receivedMaterials = receivedMaterials == null ? List.of() : List.copyOf(receivedMaterials);
    }
}
