package org.onewindow.open311.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.directory.CurrentStaff;
import org.onewindow.open311.ApiKey;
import org.onewindow.open311.ApiKeyService;
import org.onewindow.open311.IssuedApiKey;
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

    static final int MAX_NAME = 50;
    static final int MAX_REQUESTS_PER_MINUTE = 6000;

    private final ApiKeyStore store;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    DefaultApiKeyService(ApiKeyStore store, CurrentStaff currentStaff, Clock clock) {
        this.store = store;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @Override
    public List<ApiKey> keys() {
        return store.all();
    }

    @Override
    @Transactional
    public IssuedApiKey create(String name, int requestsPerMinute) {
        String trimmed = name == null ? "" : name.trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (trimmed.isEmpty()) {
            errors.put("name", Translations.current("open311.error.name.missing"));
        } else if (trimmed.length() > MAX_NAME) {
            errors.put("name", Translations.current("open311.error.name.tooLong", MAX_NAME));
        } else if (store.activeNameExists(trimmed)) {
            errors.put("name", Translations.current("open311.error.name.taken", trimmed));
        }
        if (requestsPerMinute < 1 || requestsPerMinute > MAX_REQUESTS_PER_MINUTE) {
            errors.put("requestsPerMinute", Translations.current("open311.error.rate", MAX_REQUESTS_PER_MINUTE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String secret = ApiKeySecrets.newKey();
        long id = store.insert(trimmed, ApiKeySecrets.hash(secret), ApiKeySecrets.shownPart(secret), requestsPerMinute,
                clock.instant(), currentStaff.require().username());
        return new IssuedApiKey(store.find(id).orElseThrow(), secret);
    }

    @Override
    @Transactional
    public ApiKey revoke(long id) {
        ApiKey key = store.find(id)
                .orElseThrow(() -> new NotFoundException(Translations.current("open311.error.noKey", id)));
        if (!store.revoke(id, clock.instant(), currentStaff.require().username())) {
            throw new BusinessRuleException(Translations.current("open311.error.revokedAlready", key.name()));
        }
        return store.find(id).orElseThrow();
    }
}
