package org.onewindow.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.onewindow.directory.Department;

@Entity
@Table(name = "directory_department")
class DepartmentEntity {

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected DepartmentEntity() {
    }

    DepartmentEntity(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.active = true;
    }

    String code() {
        return code;
    }

    boolean isActive() {
        return active;
    }

    void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    Department toDepartment() {
        return new Department(code, nameZh, nameEn, active);
    }
}
