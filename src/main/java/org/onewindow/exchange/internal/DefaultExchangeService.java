package org.onewindow.exchange.internal;

import java.time.Clock;
import java.util.List;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.exchange.ExchangeDay;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.ExchangeService;
import org.onewindow.exchange.RecordStatus;
import org.onewindow.exchange.UnacknowledgedClosing;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.ADMIN)
class DefaultExchangeService implements ExchangeService {

    private final RecordStore store;
    private final AdministrativeChanges audit;
    private final Clock clock;

    DefaultExchangeService(RecordStore store, AdministrativeChanges audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<ExchangeDay> days(int limit) {
        return store.days(Math.max(1, Math.min(limit, 366)));
    }

    @Override
    public List<ExchangeRecord> records(RecordStatus status, PageRequest page) {
        return store.page(status, page);
    }

    @Override
    public long countRecords(RecordStatus status) {
        return store.count(status);
    }

    @Override
    @Transactional
    public void resend(String recordId) {
        ExchangeRecord record = store.find(recordId)
                .orElseThrow(() -> new NotFoundException(Translations.current("exchange.error.noRecord", recordId)));
        if (!store.resend(recordId, clock.instant())) {
            throw new BusinessRuleException(Translations.current("exchange.error.notFailed", recordId));
        }
        audit.record(new AdministrativeChange(AdminArea.PROVINCE_EXCHANGE, recordId, AdminAction.RESENT,
                AdministrativeChange.fields(java.util.Map.of("status", record.status().name(), "answer",
                        record.lastAnswer() == null ? "—" : record.lastAnswer())),
                AdministrativeChange.fields(java.util.Map.of("status", RecordStatus.PENDING.name()))));
    }

    @Override
    public List<UnacknowledgedClosing> unacknowledgedClosings(int limit) {
        return store.unacknowledgedClosings(Math.max(1, Math.min(limit, 500)));
    }
}
