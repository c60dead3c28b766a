package org.onewindow.open311.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One endpoint in the discovery document. */
@Schema(name = "endpoint")
public record DiscoveryEndpoint(
        @Schema(example = "http://wiki.open311.org/GeoReport_v2") String specification,
        String url,
        String changeset,
        @Schema(allowableValues = {
                "production", "test" }) String type,
        @XmlItem("format") @Schema(description = "MIME types the endpoint answers in") List<String> formats) {
}
