package org.onewindow.intake.internal;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** Spring Data's fragment for {@link CaseByNumber}: Hibernate's natural-id access on {@code CaseEntity.caseNumber}. */
class CaseByNumberImpl implements CaseByNumber {

    private final EntityManager entityManager;

    CaseByNumberImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<CaseEntity> findByCaseNumber(String caseNumber) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(CaseEntity.class).loadOptional(caseNumber);
    }
}
