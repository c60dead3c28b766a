package org.onewindow.intake.internal;

import java.util.Optional;

import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseReceiptService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultCaseReceiptService implements CaseReceiptService {

    private final CaseRepository cases;

    DefaultCaseReceiptService(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Optional<CaseDetails> asAccepted(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(CaseEntity::toDetailsAsAccepted);
    }
}
