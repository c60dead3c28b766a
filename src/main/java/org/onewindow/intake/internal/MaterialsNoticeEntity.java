package org.onewindow.intake.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.onewindow.intake.MaterialsNotice;

@Entity
@Table(name = "intake_materials_notice")
class MaterialsNoticeEntity {

    // Material names never contain line breaks (they come from the catalog), so they are stored one per line.
    private static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "case_id")
    private CaseEntity caseEntity;

    @Column(name = "step_name", nullable = false, length = 200)
    private String stepName;

    @Column(name = "missing", nullable = false, length = 4000)
    private String missing;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "bring_by", nullable = false)
    private Instant bringBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected MaterialsNoticeEntity() {
    }

    MaterialsNoticeEntity(CaseEntity caseEntity, String stepName, List<String> missing, String note, String issuedBy,
            Instant issuedAt, Instant bringBy) {
        this.caseEntity = caseEntity;
        this.stepName = stepName;
        this.missing = String.join(SEPARATOR, missing);
        this.note = note;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.bringBy = bringBy;
    }

    void resolve(Instant at) {
        this.resolvedAt = at;
    }

    boolean isOpen() {
        return resolvedAt == null;
    }

    MaterialsNotice toNotice() {
        var details = caseEntity.toDetails();
        List<String> names = Arrays.asList(missing.split(SEPARATOR));
        // The notice keeps the Chinese names (the materials' keys); the case's version gives their English ones.
        Map<String, String> english = new HashMap<>();
        details.materials().forEach(material -> english.put(material.name(), material.name(Locale.ENGLISH)));
        return new MaterialsNotice(id, details.caseNumber(), details.serviceItemName(), details.citizenName(), stepName,
                names, note, issuedBy, issuedAt, bringBy, resolvedAt, details.serviceItemName(Locale.ENGLISH),
                names.stream().map(name -> english.getOrDefault(name, name)).toList());
    }
}
