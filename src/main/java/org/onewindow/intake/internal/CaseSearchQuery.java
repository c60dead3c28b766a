package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.onewindow.intake.CaseSearchCriteria;
import org.onewindow.intake.ResidentIdNumber;
import org.springframework.stereotype.Component;

/** Builds the JPQL of a case search from the criteria that are filled in; the same for a page and its count. */
@Component
class CaseSearchQuery {

    private final ZoneId zone;
    private final EntityManager entityManager;

    CaseSearchQuery(Clock clock, EntityManager entityManager) {
        this.zone = clock.getZone();
        this.entityManager = entityManager;
    }

    TypedQuery<CaseEntity> page(CaseSearchCriteria criteria, Set<String> scope) {
        Built built = build(criteria, scope);
        TypedQuery<CaseEntity> query = entityManager.createQuery(
                "select c from CaseEntity c join c.citizen z where " + built.where
                        + " order by c.acceptedAt desc, c.id desc", CaseEntity.class);
        built.params.forEach(query::setParameter);
        return query;
    }

    TypedQuery<Long> count(CaseSearchCriteria criteria, Set<String> scope) {
        Built built = build(criteria, scope);
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(c) from CaseEntity c join c.citizen z where " + built.where, Long.class);
        built.params.forEach(query::setParameter);
        return query;
    }

    private record Built(String where, Map<String, Object> params) {
    }

    private Built build(CaseSearchCriteria criteria, Set<String> scope) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filled(criteria.caseNumber())) {
            where.append(" and c.caseNumber like :caseNumber");
            params.put("caseNumber", "%" + criteria.caseNumber().trim().toUpperCase() + "%");
        }
        if (filled(criteria.citizenIdNumber())) {
            where.append(" and z.idNumber = :idNumber");
            params.put("idNumber", ResidentIdNumber.normalize(criteria.citizenIdNumber()));
        }
        if (filled(criteria.citizenMobile())) {
            where.append(" and z.mobile = :mobile");
            params.put("mobile", criteria.citizenMobile().trim());
        }
        if (filled(criteria.serviceItemCode())) {
            where.append(" and c.serviceItemCode = :itemCode");
            params.put("itemCode", criteria.serviceItemCode());
        }
        if (criteria.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", criteria.status());
        }
        if (criteria.acceptedFrom() != null) {
            where.append(" and c.acceptedAt >= :from");
            params.put("from", criteria.acceptedFrom().atStartOfDay(zone).toInstant());
        }
        if (criteria.acceptedTo() != null) {
            where.append(" and c.acceptedAt < :to");
            params.put("to", criteria.acceptedTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (scope != null) {
            // No departments means no cases, not all cases.
            where.append(scope.isEmpty() ? " and 1 = 0"
                    : " and exists (select 1 from CaseEntity x join x.involvedDepartments d where x = c and d in :scope)");
            if (!scope.isEmpty()) {
                params.put("scope", scope);
            }
        }
        return new Built(where.toString(), params);
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }
}
