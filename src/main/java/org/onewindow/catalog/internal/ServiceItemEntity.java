package org.onewindow.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service item's identity, its code; what it says is in its versions ({@link ItemVersionEntity}). */
@Entity
@Table(name = "catalog_service_item")
class ServiceItemEntity {

    @Id
    @Column(name = "code", length = 32)
    private String code;

    protected ServiceItemEntity() {
    }

    ServiceItemEntity(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
