package org.onewindow.intake.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.onewindow.intake.Citizen;
import org.onewindow.intake.IdType;
import org.onewindow.shared.IdNumbers;
import org.onewindow.shared.i18n.Translations;

@Entity
@Table(name = "intake_citizen")
class CitizenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false, length = 20)
    private IdType idType;

    @Column(name = "id_number", nullable = false, length = 32)
    private String idNumber;

    /** Empty for a citizen known only from an online request that gave an e-mail address. */
    @Column(name = "mobile", length = 20)
    private String mobile;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "address", length = 200)
    private String address;

    /** The language the citizen asked to be served in, as a tag ("zh-CN", "en"): messages to them use it. */
    @Column(name = "preferred_language", nullable = false, length = 10)
    private String preferredLanguage = "zh-CN";

    protected CitizenEntity() {
    }

    CitizenEntity(String name, IdType idType, String idNumber, String mobile, Instant createdAt) {
        this.name = name;
        this.idType = idType;
        this.idNumber = idNumber;
        this.mobile = mobile;
        this.createdAt = createdAt;
    }

    void updateContact(String name, String mobile) {
        this.name = name;
        this.mobile = mobile;
    }

    /** A new address replaces the old one; an empty one leaves it, as people rarely say where they live twice. */
    void moveTo(String newAddress) {
        if (newAddress != null && !newAddress.isBlank()) {
            this.address = newAddress.trim();
        }
    }

    String address() {
        return address;
    }

    Instant createdAt() {
        return createdAt;
    }

    void prefer(java.util.Locale language) {
        this.preferredLanguage = language.toLanguageTag();
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    IdType idType() {
        return idType;
    }

    String idNumber() {
        return idNumber;
    }

    String mobile() {
        return mobile;
    }

    Citizen toCitizen() {
        return new Citizen(id, name, idType, idNumber, mobile == null ? null : IdNumbers.maskPhone(mobile),
                Translations.fromTag(preferredLanguage));
    }
}
