package org.onewindow.open311.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** One choice of a list attribute. */
@Schema(name = "value")
public record AttributeValue(String key, String name) {
}
