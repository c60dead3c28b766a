package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetDraft;
import org.onewindow.satisfaction.IndicatorSetService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
@Transactional
class DefaultIndicatorSetService implements IndicatorSetService {

    private final IndicatorSetStore store;
    private final AdministrativeChanges auditLog;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    DefaultIndicatorSetService(IndicatorSetStore store, AdministrativeChanges auditLog, CurrentStaff currentStaff,
            Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Open to the questionnaires, which are public. */
    @Override
    @Transactional(readOnly = true)
    public IndicatorSet current(EvaluationChannel channel) {
        // Every channel has a published version from satisfaction-010 on, and publishing only ever replaces it.
        return store.published(channel).orElseThrow(() -> new IllegalStateException("No published indicator set of "
                + channel));
    }

    /** Open to the survey code, which checks the set an answer names. */
    @Override
    @Transactional(readOnly = true)
    public IndicatorSet set(long id) {
        return found(id);
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public List<IndicatorSet> history(EvaluationChannel channel) {
        return store.history(channel);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public IndicatorSet createDraft(EvaluationChannel channel) {
        if (store.hasDraft(channel)) {
            throw new BusinessRuleException(Translations.current("satisfaction.indicators.error.draftExists",
                    channelName(channel)));
        }
        IndicatorSet published = current(channel);
        long id;
        try {
            id = store.insertDraft(channel, store.newestVersion(channel) + 1, null, published.indicators(),
                    clock.instant(), currentStaff.require().username());
        } catch (DuplicateKeyException meanwhile) {
            throw new BusinessRuleException(Translations.current("satisfaction.indicators.error.draftExists",
                    channelName(channel)));
        }
        IndicatorSet draft = found(id);
        log(draft, AdminAction.CREATED, null);
        return draft;
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public IndicatorSet saveDraft(long id, IndicatorSetDraft draft) {
        IndicatorSet before = found(id);
        refuseUnlessDraft(before);
        IndicatorSetValidator.check(draft);
        IndicatorSetDraft clean = IndicatorSetValidator.normalised(draft);
        if (!store.updateDraft(id, clean.note(), clean.indicators())) {
            refuseUnlessDraft(found(id));
        }
        IndicatorSet after = found(id);
        log(after, AdminAction.CHANGED, before);
        return after;
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public IndicatorSet publish(long id) {
        IndicatorSet draft = found(id);
        refuseUnlessDraft(draft);
        IndicatorSet retired = store.published(draft.channel()).orElse(null);
        if (!store.publish(id, draft.channel(), clock.instant(), currentStaff.require().username())) {
            throw new BusinessRuleException(Translations.current("satisfaction.indicators.error.publishedMeanwhile",
                    channelName(draft.channel()), String.valueOf(draft.version())));
        }
        IndicatorSet published = found(id);
        log(published, AdminAction.PUBLISHED, draft);
        if (retired != null && retired.id() != id) {
            log(found(retired.id()), AdminAction.RETIRED, retired);
        }
        return published;
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public void discard(long id) {
        IndicatorSet draft = found(id);
        refuseUnlessDraft(draft);
        if (!store.deleteDraft(id)) {
            refuseUnlessDraft(found(id));
        }
        log(draft, AdminAction.REMOVED, draft);
    }

    private IndicatorSet found(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException(
                Translations.current("satisfaction.indicators.error.unknown", String.valueOf(id))));
    }

    /** Published and retired versions are what answers kept: they never change. */
    private static void refuseUnlessDraft(IndicatorSet set) {
        if (!set.draft()) {
            throw new BusinessRuleException(Translations.current("satisfaction.indicators.error.notDraft",
                    channelName(set.channel()), String.valueOf(set.version()),
                    Translations.current("satisfaction.indicators.state." + set.state().name())));
        }
    }

    private static String channelName(EvaluationChannel channel) {
        return Translations.current("satisfaction.evaluationChannel." + channel.name());
    }

    /** In the caller's transaction: a refused or rolled-back change leaves no entry. */
    private void log(IndicatorSet set, AdminAction action, IndicatorSet before) {
        boolean removed = action == AdminAction.REMOVED;
        auditLog.record(new AdministrativeChange(AdminArea.INDICATORS, set.channel().name() + " v" + set.version(),
                action, before == null ? null : described(before), removed ? null : described(set)));
    }

    static String described(IndicatorSet set) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("state", set.state());
        fields.put("indicators", set.indicators().stream()
                .map(indicator -> indicator.code() + " " + indicator.nameZh() + " / " + indicator.nameEn())
                .collect(Collectors.joining("; ")));
        fields.put("note", set.note());
        return AdministrativeChange.fields(fields);
    }
}
