package org.onewindow.open311.web;

import org.onewindow.open311.Open311Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The OpenAPI description at {@code /v3/api-docs} and Swagger UI at {@code /swagger-ui/index.html} cover the public
 * API only ({@code springdoc.paths-to-match}); OneWindow's staff API under {@code /api} is not advertised.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI publicApiDescription(Open311Properties properties) {
        return new OpenAPI()
                .info(new Info().title("OneWindow public API").version("GeoReport v2")
                        .description("The county service hall's Open311 GeoReport v2 endpoint ("
                                + properties.endpointUrl()
                                + "), jurisdiction " + properties.jurisdictionId() + ". Every resource ends in .xml or "
                                + ".json. Reading services and requests needs nothing; posting a request needs an "
                                + "api_key. " + properties.keyService() + " Responses carry no personal data."))
                .externalDocs(new ExternalDocumentation().description("The GeoReport v2 specification")
                        .url(ServiceDiscovery.SPECIFICATION));
    }
}
