package org.onewindow.open311.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.onewindow.catalog.ServiceItem;
import org.onewindow.open311.Open311Properties;
import org.onewindow.open311.internal.CatalogChangeset;
import org.springframework.stereotype.Component;

/** Where the hall's GeoReport endpoint is, and when what it publishes about its services last changed. */
@Component
class ServiceDiscovery {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    private static final List<String> FORMATS = List.of(Format.XML.mediaType.toString().split(";")[0],
            Format.JSON.mediaType.toString().split(";")[0]);

    private final GeoServiceCatalog services;
    private final CatalogChangeset changeset;
    private final Open311Properties properties;
    private final DateTimeFormatter dateTime;

    ServiceDiscovery(GeoServiceCatalog services, CatalogChangeset changeset, Open311Properties properties,
            Clock clock) {
        this.services = services;
        this.changeset = changeset;
        this.properties = properties;
        this.dateTime = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(clock.getZone());
    }

    // Not transactional: the changeset is recorded with statements of its own (see CatalogChangeset).
    Discovery discovery() {
        List<ServiceItem> items = services.items();
        StringBuilder published = new StringBuilder(properties.toString());
        published.append(DocumentWriter.list(Format.JSON, "services", "service",
                items.stream().map(services::service).toList()));
        items.forEach(item -> published
                .append(DocumentWriter.object(Format.JSON, "service_definition", services.definition(item))));
        String changed = dateTime.format(changeset.lastChange(published.toString()).truncatedTo(ChronoUnit.SECONDS));
        return new Discovery(changed, properties.contact(), properties.keyService(), List.of(new DiscoveryEndpoint(
                SPECIFICATION, properties.endpointUrl(), changed, properties.endpointType(), FORMATS)));
    }
}
