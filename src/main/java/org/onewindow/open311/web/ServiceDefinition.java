package org.onewindow.open311.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/** The attributes of one service request type. */
@Schema(name = "service_definition")
public record ServiceDefinition(
        @JsonProperty("service_code") String serviceCode,
        @XmlItem("attribute") List<ServiceAttribute> attributes) {
}
