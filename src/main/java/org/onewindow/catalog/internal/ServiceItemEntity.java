package org.onewindow.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.onewindow.catalog.ItemState;

/**
 * A service item's identity, its code; what it says is in its versions ({@link ItemVersionEntity}). It also keeps the
 * number of its newest version and of its published one (catalog-005), so the editors' list joins each item to one
 * version by its key instead of searching the versions; whoever adds, publishes or retires a version moves them in
 * the same transaction.
 */
@Entity
@Table(name = "catalog_service_item")
class ServiceItemEntity {

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "newest_version", nullable = false)
    private int newestVersion;

    @Column(name = "published_version")
    private Integer publishedVersion;

    protected ServiceItemEntity() {
    }

    /** A new item whose first version is the given one. */
    ServiceItemEntity(ItemVersionEntity first) {
        this.code = first.code();
        this.newestVersion = first.version();
        this.publishedVersion = first.state() == ItemState.PUBLISHED ? first.version() : null;
    }

    String code() {
        return code;
    }

    int newestVersion() {
        return newestVersion;
    }

    Integer publishedVersion() {
        return publishedVersion;
    }

    void added(ItemVersionEntity version) {
        this.newestVersion = Math.max(newestVersion, version.version());
    }

    void published(ItemVersionEntity version) {
        this.publishedVersion = version.version();
    }

    /** The published version was retired: new cases have none to take. */
    void retired() {
        this.publishedVersion = null;
    }
}
