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

    /** Whether the desk had it at acceptance, as the receipt says; {@code null} in rows from before it was kept. */
    @Column(name = "received_at_intake")
    private Boolean receivedAtIntake;

    protected CaseMaterialEmbeddable() {
    }

    CaseMaterialEmbeddable(String name, boolean received, String nameEn) {
        this.name = name;
        this.received = received;
        this.nameEn = nameEn;
        this.receivedAtIntake = received;
    }

    /** The same material, brought after acceptance: received now, not at intake. */
    CaseMaterialEmbeddable receivedLater() {
        CaseMaterialEmbeddable brought = new CaseMaterialEmbeddable(name, true, nameEn);
        brought.receivedAtIntake = receivedAtIntake();
        return brought;
    }

    boolean receivedAtIntake() {
        return receivedAtIntake == null ? received : receivedAtIntake;
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
