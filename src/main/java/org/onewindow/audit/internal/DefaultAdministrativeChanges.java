package org.onewindow.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.audit.AuditFilter;
import org.onewindow.audit.LoggedChange;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
class DefaultAdministrativeChanges implements AdministrativeChanges {

    /** Who changed something when no one is signed in: start-up, scheduled jobs. */
    static final String SYSTEM = "system";

    private static final int EXPORT_PAGE = 1000;
    private static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditChangeStore store;
    private final AuditChangeQueries queries;
    private final Clock clock;

    DefaultAdministrativeChanges(AuditChangeStore store, AuditChangeQueries queries, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.clock = clock;
    }

    /** Any service may log its change (it has checked who may make it); only inside its own transaction. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AdministrativeChange change) {
        store.insert(change, actor(), clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public List<LoggedChange> search(AuditFilter filter, PageRequest page) {
        return queries.search(filter, clock.getZone(), page.offset(), page.limit());
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public long count(AuditFilter filter) {
        return queries.count(filter, clock.getZone());
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public byte[] exportCsv(AuditFilter filter, Locale language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            AuditCsvWriter csv = new AuditCsvWriter(writer);
            csv.row(List.of("changedAt", "actor", "area", "subject", "action", "before", "after").stream()
                    .map(column -> Translations.text(language, "audit.column." + column)).toList());
            for (int offset = 0; offset < MAX_EXPORT_ROWS; offset += EXPORT_PAGE) {
                List<LoggedChange> page = queries.search(filter, clock.getZone(), offset,
                        Math.min(EXPORT_PAGE, MAX_EXPORT_ROWS - offset));
                for (LoggedChange change : page) {
                    csv.row(java.util.Arrays.asList(EXPORT_TIME.format(change.changedAt().atZone(clock.getZone())),
                            change.actor(), Translations.text(language, "audit.area." + change.area().name()),
                            change.subject(), Translations.text(language, "audit.action." + change.action().name()),
                            change.before(), change.after()));
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
