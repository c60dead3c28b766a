package org.onewindow.intake.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enterprise that has applied, known by its unified social credit code. */
@Entity
@Table(name = "intake_enterprise")
class EnterpriseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    private String creditCode;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EnterpriseEntity() {
    }

    EnterpriseEntity(String creditCode, String name, Instant createdAt) {
        this.creditCode = creditCode;
        this.name = name;
        this.createdAt = createdAt;
    }

    /** The registered name changes with the licence; the code never does. */
    void rename(String name) {
        this.name = name;
    }

    Long id() {
        return id;
    }

    String creditCode() {
        return creditCode;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }
}
