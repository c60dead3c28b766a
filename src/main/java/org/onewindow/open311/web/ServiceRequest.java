package org.onewindow.open311.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where one case stands, as anyone may read it. The fields the specification has for the request's text,
 * location and media are always empty here: in a service hall they describe a person's own affairs.
 */
@Schema(name = "request")
public record ServiceRequest(
        @JsonProperty("service_request_id") @Schema(example = "OW-20261128-00042") String serviceRequestId,
        @Schema(allowableValues = {
                "open", "closed" }) String status,
        @JsonProperty("status_notes") @Schema(description = "The current step, or how the case ended") String statusNotes,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("service_code") String serviceCode,
        @Schema(description = "Always empty: the citizen's own text is not published") String description,
        @JsonProperty("agency_responsible") @Schema(description = "The lead department") String agencyResponsible,
        @JsonProperty("service_notice") String serviceNotice,
        @JsonProperty("requested_datetime") @Schema(example = "2026-11-28T14:05:00+08:00") String requestedDatetime,
        @JsonProperty("updated_datetime") @Schema(description = "The last move of the case; for closed ones, when it closed") String updatedDatetime,
        @JsonProperty("expected_datetime") @Schema(description = "The due date of the promised time limit") String expectedDatetime,
        @Schema(description = "Always empty (personal data)") String address,
        @JsonProperty("address_id") @Schema(description = "Always empty (personal data)") String addressId,
        @Schema(description = "Always empty (personal data)") String zipcode,
        @Schema(description = "Always empty (personal data)") Double lat,
        @JsonProperty("long") @Schema(description = "Always empty (personal data)") Double longitude,
        @JsonProperty("media_url") @Schema(description = "Always empty (personal data)") String mediaUrl) {
}
