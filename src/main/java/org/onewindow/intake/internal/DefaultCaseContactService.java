package org.onewindow.intake.internal;

import java.util.Locale;
import java.util.Optional;

import org.onewindow.intake.CaseContact;
import org.onewindow.intake.CaseContactService;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultCaseContactService implements CaseContactService {

    private final CaseRepository cases;

    DefaultCaseContactService(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Optional<CaseContact> caseContact(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(CaseEntity::caseContact);
    }

    @Override
    public Optional<String> citizenMobile(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(CaseEntity::citizenMobile);
    }

    @Override
    public Locale citizenLanguage(String caseNumber) {
        return Translations.fromTag(cases.findByCaseNumber(caseNumber).map(CaseEntity::citizenLanguage).orElse(null));
    }
}
