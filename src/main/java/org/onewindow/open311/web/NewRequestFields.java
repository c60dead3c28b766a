package org.onewindow.open311.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The fields of a posted service request, for the OpenAPI description only: the controller reads them from the
 * form itself, since {@code attribute[code]} names cannot be bound to fixed parameters.
 */
@Schema(name = "new_request", requiredProperties = { "api_key", "service_code",
        "attribute[ID_NUMBER]" }, description = "application/x-www-form-urlencoded; charset=utf-8. The hall needs the applicant's resident ID "
                + "number and name to register a case; its messages go to the phone (SMS) or, without one, to the "
                + "e-mail address given with it, and to nobody when neither came. The location is optional, since "
                + "service-hall requests are about people rather than places.")
record NewRequestFields(
        @JsonProperty("api_key") @Schema(description = "The client's API key") String apiKey,
        @JsonProperty("jurisdiction_id") @Schema(description = "Optional: this endpoint serves one jurisdiction") String jurisdictionId,
        @JsonProperty("service_code") @Schema(example = "HRSS-001") String serviceCode,
        @JsonProperty("attribute[ID_NUMBER]") @Schema(description = "The applicant's resident ID number: 17 digits "
                + "and a check digit or X", example = "11010519491231002X") String idNumber,
        @JsonProperty("first_name") @Schema(description = "Given name; with last_name, the applicant's name (at least "
                + "one of the two)", example = "Lan") String firstName,
        @JsonProperty("last_name") @Schema(description = "Family name", example = "Zhao") String lastName,
        @Schema(description = "Optional: mainland mobile number the hall texts about this case", example = "13800138000") String phone,
        @Schema(description = "The request in the applicant's words, at most 4,000 characters") String description,
        @Schema(description = "Optional: where the case's messages go when no phone came") String email,
        @JsonProperty("device_id") String deviceId,
        @JsonProperty("account_id") String accountId,
        @Schema(description = "WGS84 latitude; with long") Double lat,
        @JsonProperty("long") @Schema(description = "WGS84 longitude; with lat") Double longitude,
        @JsonProperty("address_string") String addressString,
        @JsonProperty("address_id") String addressId,
        @JsonProperty("media_url") @Schema(description = "An http(s) URL of a picture or other media") String mediaUrl) {
}
