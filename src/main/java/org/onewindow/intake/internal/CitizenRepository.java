package org.onewindow.intake.internal;

import java.util.Optional;

import org.onewindow.intake.IdType;
import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenRepository extends JpaRepository<CitizenEntity, Long> {

    Optional<CitizenEntity> findByIdTypeAndIdNumber(IdType idType, String idNumber);
}
