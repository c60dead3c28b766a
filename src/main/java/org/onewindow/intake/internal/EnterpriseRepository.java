package org.onewindow.intake.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnterpriseRepository extends JpaRepository<EnterpriseEntity, Long> {

    // JPQL, not derived: see CitizenRepository.
    @Query("select e from EnterpriseEntity e where e.creditCode = :creditCode")
    Optional<EnterpriseEntity> findByCreditCode(String creditCode);
}
