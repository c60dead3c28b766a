package org.onewindow.directory.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<DepartmentEntity, String> {
}
