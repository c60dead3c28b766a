package org.onewindow.open311.web;

import java.util.List;
import java.util.Map;

/**
 * A posted service request as it came, every value a trimmed string or {@code null} (the specification treats an
 * empty parameter like a missing one), with the {@code attribute[code]} values by code.
 */
record NewRequest(String jurisdictionId, String serviceCode, String lat, String longitude, String addressString,
        String addressId, String email, String deviceId, String accountId, String firstName, String lastName,
        String phone, String description, String mediaUrl, Map<String, List<String>> attributes) {

    NewRequest {
        attributes = Map.copyOf(attributes);
    }
}
