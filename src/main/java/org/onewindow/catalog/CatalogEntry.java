package org.onewindow.catalog;

import java.util.Locale;

/**
 * One service item as the catalog editors' list shows it: its newest version (a draft, the published one, or the
 * retired one) and which version new cases take.
 *
 * @param state the newest version's state
 * @param publishedVersion the version new cases take, {@code null} when none is published
 */
public record CatalogEntry(String code, int newestVersion, ItemState state, String nameZh, String nameEn,
        ItemKind kind, Integer publishedVersion, String leadDepartmentCode, int legalLimitDays,
        int promisedLimitDays) {

    public String name(Locale locale) {
        return ServiceItem.inLanguage(locale, nameZh, nameEn);
    }
}
