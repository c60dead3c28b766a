package org.onewindow.intake.internal;

import java.util.Optional;

/**
 * Finds a case by its number, its natural key. Within a transaction that already holds the case (a registration,
 * whose listeners ask for the case's details, the citizen's language and mobile) this answers from Hibernate's
 * persistence context without a query and without flushing first; the load benchmark showed those repeated
 * queries (issue 7, docs/benchmarks.md).
 */
interface CaseByNumber {

    Optional<CaseEntity> findByCaseNumber(String caseNumber);
}
