package org.onewindow.intake.internal;

import java.util.Optional;

import org.onewindow.intake.IdType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CitizenRepository extends JpaRepository<CitizenEntity, Long> {

    // Written out in JPQL: Hibernate caches the translation of a JPQL string, while a derived query is a criteria
    // query that Hibernate translates again on every call (a fifth of intake's CPU in the load benchmark, issue 7).
    @Query("select c from CitizenEntity c where c.idType = :idType and c.idNumber = :idNumber")
    Optional<CitizenEntity> findByIdTypeAndIdNumber(IdType idType, String idNumber);
}
