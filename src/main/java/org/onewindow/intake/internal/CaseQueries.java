package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseSearchCriteria;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.OpenCaseFilter;
import org.onewindow.intake.PublicCaseQuery;
import org.onewindow.intake.PublicCaseStatus;
import org.onewindow.intake.ResidentIdNumber;
import org.onewindow.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Intake's queries built from a filter (optional criteria, paging), in one place; every value is a bound parameter,
 * the JPQL text only ever says which criteria are filled in. JPQL over the case entity rather than SQL: the answers
 * are the case's own views ({@link CaseEntity#toDetails}, {@link PublicCaseStatus}), and a JPQL query sees what the
 * running transaction changed (Hibernate flushes before it), as the registration's listeners need.
 */
@Component
class CaseQueries {

    private static final List<CaseStatus> ENDED = List.of(CaseStatus.CLOSED, CaseStatus.WITHDRAWN);
    private static final String PUBLIC_STATUS = """
            select new org.onewindow.intake.PublicCaseStatus(c.caseNumber, c.serviceItemCode, c.serviceItem.name,
                c.leadDepartmentCode, c.channel, c.status, c.outcome, c.acceptedAt, c.dueAt, c.closedAt,
                c.serviceItem.nameEn)
            from CaseEntity c where\s""";

    private final ZoneId zone;
    private final EntityManager entityManager;

    CaseQueries(Clock clock, EntityManager entityManager) {
        this.zone = clock.getZone();
        this.entityManager = entityManager;
    }

    /** The staff's case search, newest accepted first; {@code scope} as in {@code CaseRecordService#searchCases}. */
    List<CaseDetails> search(CaseSearchCriteria criteria, Set<String> scope, PageRequest page) {
        Where where = searchWhere(criteria, scope);
        return where.bind(entityManager.createQuery("select c from CaseEntity c join c.citizen z where " + where.text
                + " order by c.acceptedAt desc, c.id desc", CaseEntity.class))
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(CaseEntity::toDetails).toList();
    }

    long countSearch(CaseSearchCriteria criteria, Set<String> scope) {
        Where where = searchWhere(criteria, scope);
        // Every case has its citizen (optional = false), so the join changes no count; without it, PostgreSQL counts
        // 100,000 cases in a tenth of the time (the search screen counts all visible cases when it opens).
        String from = aboutTheCitizen(criteria) ? "CaseEntity c join c.citizen z" : "CaseEntity c";
        return where.bind(entityManager.createQuery("select count(c) from " + from + " where " + where.text,
                Long.class)).getSingleResult();
    }

    private static boolean aboutTheCitizen(CaseSearchCriteria criteria) {
        return filled(criteria.citizenIdNumber()) || filled(criteria.citizenMobile())
                || filled(criteria.applicantName());
    }

    /** The managers' list of cases not closed, soonest due first. */
    List<CaseDetails> open(OpenCaseFilter filter, PageRequest page) {
        Where where = openWhere(filter);
        return where.bind(entityManager.createQuery("select c from CaseEntity c where " + where.text
                + " order by c.dueAt asc, c.caseNumber asc", CaseEntity.class))
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(CaseEntity::toDetails).toList();
    }

    long countOpen(OpenCaseFilter filter) {
        Where where = openWhere(filter);
        return where.bind(entityManager.createQuery("select count(c) from CaseEntity c where " + where.text,
                Long.class)).getSingleResult();
    }

    /** Where cases stand for the public, newest accepted first, at most {@code limit}. */
    List<PublicCaseStatus> publicStatuses(PublicCaseQuery query, int limit) {
        Where where = new Where();
        if (!query.caseNumbers().isEmpty()) {
            where.and("c.caseNumber in :numbers", "numbers", query.caseNumbers());
        } else {
            if (query.acceptedFrom() != null) {
                where.and("c.acceptedAt >= :from", "from", query.acceptedFrom());
            }
            if (query.acceptedTo() != null) {
                where.and("c.acceptedAt < :to", "to", query.acceptedTo());
            }
            if (!query.serviceItemCodes().isEmpty()) {
                where.and("c.serviceItemCode in :items", "items", query.serviceItemCodes());
            }
            if (query.open() != null) {
                where.and(query.open() ? "c.status not in :ended" : "c.status in :ended", "ended", ENDED);
            }
        }
        // A constructor projection: one query, without loading citizens and materials of up to a thousand cases.
        return where
                .bind(entityManager.createQuery(PUBLIC_STATUS + where.text + " order by c.acceptedAt desc, c.id desc",
                        PublicCaseStatus.class))
                .setMaxResults(limit).getResultList();
    }

    /** Closed cases whose result the staff member delivered since then, newest first. */
    List<CaseDetails> deliveredBy(String username, Instant since, int limit) {
        // Served by ix_case_delivered_by (delivered_by, closed_at).
        return entityManager.createQuery("""
                select c from CaseEntity c
                where c.deliveredBy = :username and c.closedAt >= :since and c.status = :closed
                order by c.closedAt desc, c.id desc""", CaseEntity.class)
                .setParameter("username", username).setParameter("since", since)
                .setParameter("closed", CaseStatus.CLOSED).setMaxResults(limit)
                .getResultStream().map(CaseEntity::toDetails).toList();
    }

    private static Where openWhere(OpenCaseFilter filter) {
        Where where = new Where();
        where.and("c.status <> :closed", "closed", CaseStatus.CLOSED);
        if (filled(filter.caseNumber())) {
            where.and("c.caseNumber like :caseNumber", "caseNumber",
                    "%" + filter.caseNumber().trim().toUpperCase() + "%");
        }
        if (filled(filter.serviceItemCode())) {
            where.and("c.serviceItemCode = :serviceItemCode", "serviceItemCode", filter.serviceItemCode().trim());
        }
        return where;
    }

    private Where searchWhere(CaseSearchCriteria criteria, Set<String> scope) {
        Where where = new Where();
        if (filled(criteria.caseNumber())) {
            where.and("c.caseNumber like :caseNumber", "caseNumber",
                    "%" + criteria.caseNumber().trim().toUpperCase() + "%");
        }
        if (filled(criteria.citizenIdNumber())) {
            where.and("z.idNumber = :idNumber", "idNumber", ResidentIdNumber.normalize(criteria.citizenIdNumber()));
        }
        if (filled(criteria.citizenMobile())) {
            where.and("z.mobile = :mobile", "mobile", criteria.citizenMobile().trim());
        }
        if (filled(criteria.applicantName())) {
            // The name the case recorded, the person's name now (it may have changed since), or the enterprise's.
            where.and("""
                    (lower(c.contact.name) like :name escape '\\' or lower(z.name) like :name escape '\\'
                    or lower(c.contact.enterpriseName) like :name escape '\\')""", "name",
                    "%" + literal(criteria.applicantName().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filled(criteria.serviceItemCode())) {
            where.and("c.serviceItemCode = :itemCode", "itemCode", criteria.serviceItemCode());
        }
        if (criteria.status() != null) {
            where.and("c.status = :status", "status", criteria.status());
        }
        if (criteria.acceptedFrom() != null) {
            where.and("c.acceptedAt >= :from", "from", criteria.acceptedFrom().atStartOfDay(zone).toInstant());
        }
        if (criteria.acceptedTo() != null) {
            where.and("c.acceptedAt < :to", "to", criteria.acceptedTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (scope != null) {
            // No departments means no cases, not all cases.
            if (scope.isEmpty()) {
                where.text.append(" and 1 = 0");
            } else {
                where.and(
                        "exists (select 1 from CaseEntity x join x.involvedDepartments d where x = c and d in :scope)",
                        "scope", scope);
            }
        }
        return where;
    }

    /** A where clause of the criteria filled in, and the values bound to its parameters. */
    private static final class Where {

        private final StringBuilder text = new StringBuilder("1 = 1");
        private final Map<String, Object> params = new LinkedHashMap<>();

        void and(String condition, String parameter, Object value) {
            text.append(" and ").append(condition);
            params.put(parameter, value);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    /** {@code text} matched as typed inside a like pattern: its own % and _ are no wildcards. */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }
}
