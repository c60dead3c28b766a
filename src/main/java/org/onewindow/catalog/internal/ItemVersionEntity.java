package org.onewindow.catalog.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.ItemState;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.ServiceItemDraft;

/** One version of a service item. Only a draft's content changes; a published version changes only its state. */
@Entity
@Table(name = "catalog_item_version")
@IdClass(ItemVersionEntity.Key.class)
class ItemVersionEntity {

    record Key(String code, int version) implements Serializable {
        Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Id
    @Column(name = "version")
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private ItemState state;

    @Column(name = "name_zh", length = 200)
    private String nameZh;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ItemKind kind;

    // Empty in a draft until typed: publishing tells "missing" from "0".
    @Column(name = "legal_limit_days")
    private Integer legalLimitDays;

    @Column(name = "promised_limit_days")
    private Integer promisedLimitDays;

    @Column(name = "lead_department_code", length = 32)
    private String leadDepartmentCode;

    @Column(name = "online_application", nullable = false)
    private boolean onlineApplication;

    @Column(name = "guide_zh", length = 2000)
    private String guideZh;

    @Column(name = "guide_en", length = 2000)
    private String guideEn;

    @Column(name = "at_most_one_visit", nullable = false)
    private boolean atMostOneVisit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_version_collaborator", joinColumns = {
            @JoinColumn(name = "item_code", referencedColumnName = "code"),
            @JoinColumn(name = "item_version", referencedColumnName = "version") })
    @OrderColumn(name = "position")
    @Column(name = "department_code", length = 32)
    private List<String> collaboratingDepartmentCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_version_material", joinColumns = {
            @JoinColumn(name = "item_code", referencedColumnName = "code"),
            @JoinColumn(name = "item_version", referencedColumnName = "version") })
    @OrderColumn(name = "position")
    private List<Material> materials = new ArrayList<>();

    @Embeddable
    static class Material {
        @Column(name = "name_zh", length = 200)
        private String nameZh;
        @Column(name = "name_en", length = 200)
        private String nameEn;
        @Column(name = "required", nullable = false)
        private boolean required;
        @Column(name = "original", nullable = false)
        private boolean original;
        @Column(name = "copies", nullable = false)
        private int copies;

        protected Material() {
        }

        Material(MaterialRequirement material) {
            this.nameZh = trimmed(material.nameZh());
            this.nameEn = trimmed(material.nameEn());
            this.required = material.required();
            this.original = material.original();
            this.copies = material.copies();
        }

        MaterialRequirement toRequirement() {
            return new MaterialRequirement(nameZh, nameEn, required, original, copies);
        }
    }

    protected ItemVersionEntity() {
    }

    /** A version as given: the demo hall's items, loaded published. */
    ItemVersionEntity(ServiceItem item) {
        this.code = item.code();
        this.version = item.version();
        this.state = item.state();
        this.nameZh = item.nameZh();
        this.nameEn = item.nameEn();
        this.kind = item.kind();
        this.legalLimitDays = item.legalLimitDays();
        this.promisedLimitDays = item.promisedLimitDays();
        this.leadDepartmentCode = item.leadDepartmentCode();
        this.onlineApplication = item.onlineApplication();
        this.guideZh = item.guideZh();
        this.guideEn = item.guideEn();
        this.atMostOneVisit = item.atMostOneVisit();
        this.collaboratingDepartmentCodes = new ArrayList<>(item.collaboratingDepartmentCodes());
        this.materials = new ArrayList<>(item.materials().stream().map(Material::new).toList());
    }

    /** A new draft version of the item. */
    ItemVersionEntity(String code, int version, ServiceItemDraft draft) {
        this.code = code;
        this.version = version;
        this.state = ItemState.DRAFT;
        edit(draft);
    }

    /** Takes what the editor typed; only a draft is edited. */
    void edit(ServiceItemDraft draft) {
        if (state != ItemState.DRAFT) {
            throw new IllegalStateException("Only a draft is edited, not " + code + " v" + version);
        }
        this.nameZh = trimmed(draft.nameZh());
        this.nameEn = trimmed(draft.nameEn());
        this.kind = draft.kind() == null ? ItemKind.PROMISED : draft.kind();
        this.legalLimitDays = draft.legalLimitDays();
        // An instant item is decided on the spot: it promises no time limit (0).
        this.promisedLimitDays = this.kind == ItemKind.INSTANT ? Integer.valueOf(0) : draft.promisedLimitDays();
        this.leadDepartmentCode = trimmed(draft.leadDepartmentCode());
        this.onlineApplication = draft.onlineApplication();
        this.guideZh = trimmed(draft.guideZh());
        this.guideEn = trimmed(draft.guideEn());
        this.atMostOneVisit = draft.atMostOneVisit();
        this.collaboratingDepartmentCodes.clear();
        if (draft.collaboratingDepartmentCodes() != null) {
            this.collaboratingDepartmentCodes.addAll(draft.collaboratingDepartmentCodes());
        }
        this.materials.clear();
        if (draft.materials() != null) {
            draft.materials().forEach(material -> this.materials.add(new Material(material)));
        }
    }

    void publish() {
        this.state = ItemState.PUBLISHED;
    }

    void supersede() {
        this.state = ItemState.SUPERSEDED;
    }

    void retire() {
        this.state = ItemState.RETIRED;
    }

    ItemState state() {
        return state;
    }

    String code() {
        return code;
    }

    int version() {
        return version;
    }

    /** The version as its editor typed it, limits left empty where they were. */
    ServiceItemDraft toDraft() {
        return new ServiceItemDraft(code, nameZh, nameEn, kind, legalLimitDays,
                kind == ItemKind.INSTANT ? null : promisedLimitDays, leadDepartmentCode,
                List.copyOf(collaboratingDepartmentCodes),
                materials.stream().map(Material::toRequirement).toList(), onlineApplication, guideZh, guideEn,
                atMostOneVisit);
    }

    ServiceItem toServiceItem() {
        return new ServiceItem(code, version, state, nameZh, nameEn, kind,
                legalLimitDays == null ? 0 : legalLimitDays, promisedLimitDays == null ? 0 : promisedLimitDays,
                leadDepartmentCode, collaboratingDepartmentCodes,
                materials.stream().map(Material::toRequirement).toList(), onlineApplication, guideZh, guideEn,
                atMostOneVisit);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
