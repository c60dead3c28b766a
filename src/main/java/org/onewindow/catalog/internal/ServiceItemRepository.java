package org.onewindow.catalog.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceItemRepository extends JpaRepository<ServiceItemEntity, String> {

    @Query("select i from ServiceItemEntity i where lower(i.code) like :pattern or lower(i.name) like :pattern "
            + "order by i.name")
    List<ServiceItemEntity> search(String pattern, Pageable pageable);

    @Query("select i.code from ServiceItemEntity i where i.leadDepartmentCode = :departmentCode order by i.code")
    List<String> codesLedBy(String departmentCode);
}
