package org.onewindow.catalog;

import java.util.List;

import org.onewindow.shared.PageRequest;

/**
 * Catalog editors (事项管理员, the hall office keeping the 事项清单) and administrators keep the service items: draft,
 * publish, new version, retire. Every change is kept in the administrative audit log.
 *
 * <p>Retiring an item is allowed while it has open cases: they keep the version they were registered with and
 * are worked to the end; only new cases are refused.
 */
public interface CatalogAdminService {

    /** The items the filter selects, one row per item, by code. */
    List<CatalogEntry> page(CatalogFilter filter, PageRequest page);

    long count(CatalogFilter filter);

    /** Every version of the item, newest first; empty for an unknown code. */
    List<ServiceItem> versions(String code);

    /**
     * Opens a new item as draft version 1.
     *
     * @throws org.onewindow.shared.InvalidInputException by {@link ServiceItemField}: a code missing, malformed,
     *     too long or taken; a name, guide or material too long
     */
    ServiceItem create(ServiceItemDraft draft);

    /**
     * Saves what an editor typed for the item: into its draft, or, when its newest version is published or retired,
     * into a new draft version (the published one stays as it is until the draft is published). The code stays.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown code
     * @throws org.onewindow.shared.InvalidInputException by {@link ServiceItemField} as {@link #create}
     */
    ServiceItem save(String code, ServiceItemDraft draft);

    /**
     * Starts a new draft version from the newest version, unchanged; returns the draft there is when there is one.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown code
     */
    ServiceItem newVersion(String code);

    /**
     * Publishes the item's draft: it becomes the version new cases take, the one published before is superseded.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown code
     * @throws org.onewindow.shared.BusinessRuleException when there is no draft
     * @throws org.onewindow.shared.InvalidInputException by {@link ServiceItemField} when it is not complete: names,
     *     limits (promised ≤ legal, at least 1 day), active departments, at least one material with both names
     */
    ServiceItem publish(String code);

    /**
     * Retires the published version: no new case takes the item; open cases keep their version.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown code
     * @throws org.onewindow.shared.BusinessRuleException when no version is published
     */
    ServiceItem retire(String code);
}
