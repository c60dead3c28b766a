package org.onewindow.open311.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/** A service request type: one service item of the hall's catalog. */
@Schema(name = "service")
public record GeoService(
        @JsonProperty("service_code") @Schema(example = "HRSS-001") String serviceCode,
        @JsonProperty("service_name") @Schema(example = "Social security card application") String serviceName,
        String description,
        @Schema(description = "Whether the service definition has attributes to fill in (always, here: the "
                + "applicant's resident ID number)") boolean metadata,
        @Schema(allowableValues = {
                "realtime", "batch", "blackbox" }) String type,
        @Schema(description = "Comma-separated: the item code and the departments that handle it") String keywords,
        @Schema(description = "The lead department") String group) {
}
