package org.onewindow.open311.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.open311.ApiKey;
import org.onewindow.open311.ApiKeyService;
import org.onewindow.open311.IssuedApiKey;
import org.onewindow.open311.NewApiKey;
import org.onewindow.open311.NewApiKeyField;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.ADMIN)
class DefaultApiKeyService implements ApiKeyService {

    private final ApiKeyStore store;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final AdministrativeChanges auditLog;

    DefaultApiKeyService(ApiKeyStore store, CurrentStaff currentStaff, Clock clock, AdministrativeChanges auditLog) {
        this.store = store;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    @Override
    public List<ApiKey> keys() {
        return store.all();
    }

    @Override
    @Transactional
    public IssuedApiKey create(NewApiKey key) {
        String trimmed = key.name() == null ? "" : key.name().trim();
        int requestsPerMinute = key.requestsPerMinute();
        Map<NewApiKeyField, String> errors = new LinkedHashMap<>();
        if (trimmed.isEmpty()) {
            errors.put(NewApiKeyField.NAME, Translations.current("open311.error.name.missing"));
        } else if (trimmed.length() > NewApiKey.MAX_NAME_LENGTH) {
            errors.put(NewApiKeyField.NAME,
                    Translations.current("open311.error.name.tooLong", NewApiKey.MAX_NAME_LENGTH));
        } else if (store.activeNameExists(trimmed)) {
            errors.put(NewApiKeyField.NAME, Translations.current("open311.error.name.taken", trimmed));
        }
        if (requestsPerMinute < NewApiKey.MIN_REQUESTS_PER_MINUTE
                || requestsPerMinute > NewApiKey.MAX_REQUESTS_PER_MINUTE) {
            errors.put(NewApiKeyField.REQUESTS_PER_MINUTE,
                    Translations.current("open311.error.rate", NewApiKey.MAX_REQUESTS_PER_MINUTE));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        String secret = ApiKeySecrets.newKey();
        long id = store.insert(trimmed, ApiKeySecrets.hash(secret), ApiKeySecrets.shownPart(secret), requestsPerMinute,
                clock.instant(), currentStaff.require().username());
        ApiKey created = store.find(id).orElseThrow();
        // The key itself is shown once to the administrator and never logged; its visible part names it.
        auditLog.record(new AdministrativeChange(AdminArea.API_KEYS, created.name(), AdminAction.CREATED, null,
                AdministrativeChange.fields(describe(created))));
        return new IssuedApiKey(created, secret);
    }

    private static Map<String, Object> describe(ApiKey key) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("prefix", key.prefix());
        fields.put("requests per minute", key.requestsPerMinute());
        fields.put("state", key.isActive() ? "active" : "revoked");
        return fields;
    }

    @Override
    @Transactional
    public ApiKey revoke(long id) {
        ApiKey key = store.find(id)
                .orElseThrow(() -> new NotFoundException(Translations.current("open311.error.noKey", id)));
        if (!store.revoke(id, clock.instant(), currentStaff.require().username())) {
            throw new BusinessRuleException(Translations.current("open311.error.revokedAlready", key.name()));
        }
        ApiKey revoked = store.find(id).orElseThrow();
        auditLog.record(new AdministrativeChange(AdminArea.API_KEYS, key.name(), AdminAction.REVOKED,
                AdministrativeChange.fields(describe(key)), AdministrativeChange.fields(describe(revoked))));
        return revoked;
    }
}
