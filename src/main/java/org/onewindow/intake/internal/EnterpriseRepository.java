package org.onewindow.intake.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseRepository extends JpaRepository<EnterpriseEntity, Long> {

    Optional<EnterpriseEntity> findByCreditCode(String creditCode);
}
