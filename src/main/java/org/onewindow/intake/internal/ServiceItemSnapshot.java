package org.onewindow.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The catalog version a case was registered with, as it stood then: the version number (its materials, limits and
 * names are the case's) and the item's names in both languages, which a later version does not change.
 */
@Embeddable
class ServiceItemSnapshot {

    @Column(name = "service_item_version", nullable = false)
    private int version;

    @Column(name = "service_item_name", nullable = false, length = 200)
    private String name;

    @Column(name = "service_item_name_en", length = 200)
    private String nameEn;

    protected ServiceItemSnapshot() {
    }

    ServiceItemSnapshot(int version, String name, String nameEn) {
        this.version = version;
        this.name = name;
        this.nameEn = nameEn;
    }

    int version() {
        return version;
    }

    /** The Chinese name. */
    String name() {
        return name;
    }

    /** The English name, or the Chinese one for a case registered before the catalog had English names. */
    String nameEn() {
        return nameEn == null ? name : nameEn;
    }
}
