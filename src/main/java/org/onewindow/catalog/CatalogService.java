package org.onewindow.catalog;

import java.util.List;
import java.util.Optional;

/** Service items of the hall. */
public interface CatalogService {

    /** Items whose code or name contains the text (case-insensitive), by name; at most {@code limit}. */
    List<ServiceItem> search(String text, int limit);

    Optional<ServiceItem> item(String code);

    List<ServiceItem> all();

    ServiceItem create(ServiceItem item);
}
