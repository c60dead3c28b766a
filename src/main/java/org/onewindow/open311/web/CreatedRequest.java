package org.onewindow.open311.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a posted service request: the case number, at once (service type realtime). */
@Schema(name = "created_request")
public record CreatedRequest(
        @JsonProperty("service_request_id") @Schema(example = "OW-20261128-00042") String serviceRequestId,
        @JsonProperty("service_notice") @Schema(description = "What happens next: the materials to bring to a window, "
                + "and the promised time limit") String serviceNotice,
        @JsonProperty("account_id") @Schema(description = "The account_id the client sent, if any") String accountId) {
}
