package org.onewindow.intake.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.onewindow.intake.CaseStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<CaseEntity, Long> {

    Optional<CaseEntity> findByCaseNumber(String caseNumber);

    /** Whether the person applied for themselves before. */
    boolean existsByCitizen_IdAndEnterpriseIsNull(Long citizenId);

    /** Whether the enterprise applied before. */
    boolean existsByEnterprise_Id(Long enterpriseId);

    List<CaseEntity> findByCaseNumberIn(Collection<String> caseNumbers);

    @Query("""
            select count(c) from CaseEntity c
            where c.status <> :closed
              and (:caseNumber is null or c.caseNumber like :caseNumber)
              and (:serviceItemCode is null or c.serviceItemCode = :serviceItemCode)""")
    long countOpen(CaseStatus closed, String caseNumber, String serviceItemCode);
}
