package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.onewindow.catalog.ServiceItem;

@Entity
@Table(name = "catalog_service_item")
class ServiceItemEntity {

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "lead_department_code", nullable = false, length = 32)
    private String leadDepartmentCode;

    @Column(name = "time_limit_days", nullable = false)
    private int timeLimitWorkingDays;

    @Column(name = "at_most_one_visit", nullable = false)
    private boolean atMostOneVisit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_item_collaborator", joinColumns = @JoinColumn(name = "item_code"))
    @OrderColumn(name = "position")
    @Column(name = "department_code", length = 32)
    private List<String> collaboratingDepartmentCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_required_material", joinColumns = @JoinColumn(name = "item_code"))
    @OrderColumn(name = "position")
    @Column(name = "name", length = 200)
    private List<String> requiredMaterials = new ArrayList<>();

    protected ServiceItemEntity() {
    }

    ServiceItemEntity(ServiceItem item) {
        this.code = item.code();
        this.name = item.name();
        this.description = item.description();
        this.leadDepartmentCode = item.leadDepartmentCode();
        this.timeLimitWorkingDays = item.timeLimitWorkingDays();
        this.atMostOneVisit = item.atMostOneVisit();
        this.collaboratingDepartmentCodes = new ArrayList<>(item.collaboratingDepartmentCodes());
        this.requiredMaterials = new ArrayList<>(item.requiredMaterials());
    }

    ServiceItem toServiceItem() {
        return new ServiceItem(code, name, description, leadDepartmentCode, collaboratingDepartmentCodes,
                requiredMaterials, timeLimitWorkingDays, atMostOneVisit);
    }
}
