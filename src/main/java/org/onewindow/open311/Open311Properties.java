package org.onewindow.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.open311.*}: how the hall presents its Open311 GeoReport v2 endpoint.
 *
 * @param jurisdictionId the one jurisdiction this endpoint serves; clients may leave {@code jurisdiction_id}
 *     out, and any other value is answered with 404
 * @param endpointUrl the public URL of the GeoReport v2 endpoint, as the discovery document announces it
 * @param endpointType {@code production} or {@code test}: whether requests sent there are acted upon
 * @param contact how to reach the people behind the API, for the discovery document
 * @param keyService how to get an API key, for the discovery document
 * @param defaultRequestsPerMinute the rate limit a new API key is offered with
 */
@ConfigurationProperties("onewindow.open311")
public record Open311Properties(@DefaultValue("hall.example.gov.cn") String jurisdictionId,
        @DefaultValue("http://localhost:8080/open311/v2") String endpointUrl,
        @DefaultValue("production") String endpointType,
        @DefaultValue("County Government Service Hall") String contact,
        @DefaultValue("Ask the hall's administrators for an API key.") String keyService,
        @DefaultValue("30") int defaultRequestsPerMinute) {

    public Open311Properties {
        if (!endpointType.equals("production") && !endpointType.equals("test")) {
            throw new IllegalArgumentException(
                    "onewindow.open311.endpoint-type is production or test, not " + endpointType);
        }
        if (defaultRequestsPerMinute < 1) {
            throw new IllegalArgumentException("onewindow.open311.default-requests-per-minute must be at least 1");
        }
    }
}
