package org.onewindow.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class CaseMaterialEmbeddable {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "received", nullable = false)
    private boolean received;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    protected CaseMaterialEmbeddable() {
    }

    CaseMaterialEmbeddable(String name, boolean received, String nameEn) {
        this.name = name;
        this.received = received;
        this.nameEn = nameEn;
    }

    String nameEn() {
        return nameEn == null ? name : nameEn;
    }

    String name() {
        return name;
    }

    boolean received() {
        return received;
    }
}
