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

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    protected DepartmentEntity() {
    }

    DepartmentEntity(String code, String name) {
        this.code = code;
        this.name = name;
    }

    Department toDepartment() {
        return new Department(code, name);
    }
}
