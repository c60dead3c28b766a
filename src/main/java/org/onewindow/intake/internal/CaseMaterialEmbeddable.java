package org.onewindow.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class CaseMaterialEmbeddable {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "received", nullable = false)
    private boolean received;

    protected CaseMaterialEmbeddable() {
    }

    CaseMaterialEmbeddable(String name, boolean received) {
        this.name = name;
        this.received = received;
    }

    String name() {
        return name;
    }

    boolean received() {
        return received;
    }
}
