package org.onewindow.catalog;

import java.util.List;
import java.util.Optional;

/** The service items the hall offers, as the window, Open311, the departments and the reports read them. */
public interface CatalogService {

    /**
     * Published items whose code or name (either language) contains the text (case-insensitive), by code; at most
     * {@code limit}.
     */
    List<ServiceItem> search(String text, int limit);

    /**
     * The item's current (published) version, which new cases take; empty for an unknown item, one only drafted and
     * a retired one. Always read from the database, so a publication on another node is seen at once.
     */
    Optional<ServiceItem> item(String code);

    /**
     * Exactly that version of the item, whatever its state now: a case reads the version it was registered with.
     * A published version never changes, so its content is cached; its {@link ServiceItem#state()} is read each time.
     */
    Optional<ServiceItem> version(String code, int version);

    /** Every published item, by code. */
    List<ServiceItem> all();

    /**
     * Loads an item as it is, published, without an administrator: for the data a hall starts with (the demo hall)
     * and for tests. Administrators keep items through {@link CatalogAdminService}.
     *
     * @throws org.onewindow.shared.InvalidInputException by {@link ServiceItemField} when it could not be published
     */
    ServiceItem create(ServiceItem item);
}
