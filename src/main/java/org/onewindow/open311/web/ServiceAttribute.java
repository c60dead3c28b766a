package org.onewindow.open311.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/** One attribute of a service definition: an input of the request, or (variable false) information for the user. */
@Schema(name = "attribute")
public record ServiceAttribute(
        @Schema(description = "true: the user gives a value; false: information shown to the user only") boolean variable,
        @Schema(example = "ID_NUMBER") String code,
        @Schema(allowableValues = {
                "string", "number", "datetime", "text", "singlevaluelist", "multivaluelist" }) String datatype,
        boolean required,
        @JsonProperty("datatype_description") String datatypeDescription,
        @Schema(description = "Position in which to present the attribute, from 1") int order,
        String description,
        @XmlItem("value") @Schema(description = "The choices of a singlevaluelist or multivaluelist; empty otherwise") List<AttributeValue> values) {
}
