package org.onewindow.open311.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** One error of a refused request; an answer may carry several. */
@Schema(name = "error")
public record GeoError(
        @Schema(description = "The HTTP status, or 429 when the key's rate limit was reached", example = "400") int code,
        @Schema(example = "service_code was not provided.") String description) {
}
