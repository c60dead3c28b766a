package org.onewindow.open311.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/** The service discovery document (Open311 Service Discovery): where the hall's endpoints are, and how to get a key. */
@Schema(name = "discovery")
public record Discovery(
        @Schema(description = "When the endpoints or the service definitions last changed; sortable") String changeset,
        String contact,
        @JsonProperty("key_service") @Schema(description = "How to get an API key") String keyService,
        @XmlItem("endpoint") List<DiscoveryEndpoint> endpoints) {
}
