package org.onewindow.intake.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MaterialsNoticeRepository extends JpaRepository<MaterialsNoticeEntity, Long> {

    @Query("select n from MaterialsNoticeEntity n where n.caseEntity.caseNumber = :caseNumber order by n.issuedAt, n.id")
    List<MaterialsNoticeEntity> findByCaseNumber(String caseNumber);
}
