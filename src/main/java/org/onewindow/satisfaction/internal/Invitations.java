package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;

import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one invitation of each closed case, created by whichever comes first: the follow-up's first step, the
 * front desk printing the result notice, or the window kiosk. All of them may happen in the same second after
 * the closing, on different nodes.
 */
@Component
class Invitations {

    private final SurveyStore store;
    private final CaseRecordService intake;
    private final JurisdictionRules rules;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Invitations(SurveyStore store, CaseRecordService intake, JurisdictionRules rules, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.intake = intake;
        this.rules = rules;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The case record of a closed case.
     *
     * @throws NotFoundException for an unknown case
     * @throws BusinessRuleException for a case that is not closed (still open, or withdrawn)
     */
    CaseDetails closedCase(String caseNumber) {
        CaseDetails details = intake.caseDetails(caseNumber)
                .orElseThrow(
                        () -> new NotFoundException(Translations.current("satisfaction.error.noCase", caseNumber)));
        if (details.status() == CaseStatus.WITHDRAWN) {
            throw new BusinessRuleException(Translations.current("satisfaction.error.withdrawn", caseNumber));
        }
        if (details.status() != CaseStatus.CLOSED) {
            throw new BusinessRuleException(Translations.current("satisfaction.error.notClosed", caseNumber,
                    details.status().name()));
        }
        return details;
    }

    /** The invitation of the case, or {@code null} while nothing created it yet. */
    SurveyStore.Invitation existing(String caseNumber) {
        return store.findByCase(caseNumber).orElse(null);
    }

    /**
     * The invitation to evaluate the acceptance of a case (一事多评), created with the acceptance; null when the case
     * had one already (the acceptance is published once per case, so only a repeated event finds one).
     */
    SurveyStore.Invitation createForAcceptance(CaseDetails details, Instant acceptedAt) {
        if (store.findByCase(details.caseNumber(), EvaluationStage.ACCEPTANCE).isPresent()) {
            return null;
        }
        store.insertInvitation(EvaluationStage.ACCEPTANCE, details.caseNumber(), details.serviceItemCode(),
                details.serviceItemName(), details.serviceItemName(Translations.ENGLISH), details.leadDepartmentCode(),
                null, null, clock.instant(), acceptedAt.plus(rules.evaluationPeriod()));
        return store.findByCase(details.caseNumber(), EvaluationStage.ACCEPTANCE).orElseThrow();
    }

    /**
     * The invitation of the closed case, created when it has none. The insert runs in its own transaction:
     * when another step created it meanwhile, the unique case number refuses the second row, and on
     * PostgreSQL that failure would otherwise spoil the caller's whole transaction. The loser then reads the
     * winner's row, which is committed by then.
     */
    SurveyStore.Invitation ensure(CaseDetails details) {
        return store.findByCase(details.caseNumber()).orElseGet(() -> {
            try {
                ownTransaction.executeWithoutResult(status -> store.insertInvitation(details.caseNumber(),
                        details.serviceItemCode(), details.serviceItemName(),
                        details.serviceItemName(Translations.ENGLISH), details.leadDepartmentCode(),
                        details.closedAt(), details.deliveredBy(), clock.instant(),
                        details.closedAt().plus(rules.evaluationPeriod())));
            } catch (DuplicateKeyException createdMeanwhile) {
                // Another step won the race; its invitation is the one.
            }
            return store.findByCase(details.caseNumber()).orElseThrow();
        });
    }
}
