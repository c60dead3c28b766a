package org.onewindow.intake.internal;

import java.util.Collection;
import java.util.List;

import org.onewindow.intake.CaseStatus;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<CaseEntity, Long>, CaseByNumber {

    /** The case a command names; an unknown number is the caller's mistake, told in the reader's language. */
    default CaseEntity require(String caseNumber) {
        return findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException(
                Translations.current("intake.error.caseNotFound", caseNumber)));
    }

    /** Whether the person applied for themselves before. */
    // JPQL, not derived: see CitizenRepository.
    @Query("select count(c) > 0 from CaseEntity c where c.citizen.id = :citizenId and c.enterprise is null")
    boolean existsByCitizen_IdAndEnterpriseIsNull(Long citizenId);

    /** Whether the enterprise applied before. */
    @Query("select count(c) > 0 from CaseEntity c where c.enterprise.id = :enterpriseId")
    boolean existsByEnterprise_Id(Long enterpriseId);

    @Query("select c from CaseEntity c where c.caseNumber in :caseNumbers")
    List<CaseEntity> findByCaseNumberIn(Collection<String> caseNumbers);

    /** The cases not in one of the given statuses, e.g. all that have not ended. */
    @Query("select c from CaseEntity c where c.status not in :statuses")
    List<CaseEntity> findByStatusNotIn(Collection<CaseStatus> statuses);
}
