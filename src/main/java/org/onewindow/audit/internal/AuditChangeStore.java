package org.onewindow.audit.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import org.onewindow.audit.AdministrativeChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends to {@code audit_change}; entries are never changed or deleted. */
@Repository
class AuditChangeStore {

    static final int MAX_ACTOR_LENGTH = 100;

    private final JdbcClient jdbc;

    AuditChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AdministrativeChange change, String actor, Instant at) {
        jdbc.sql("""
                insert into audit_change (changed_at, actor, area, subject, action, before_text, after_text)
                values (:at, :actor, :area, :subject, :action, :before, :after)""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("actor", cut(actor, MAX_ACTOR_LENGTH))
                .param("area", change.area().name())
                .param("subject", cut(change.subject().strip(), AdministrativeChange.MAX_SUBJECT_LENGTH))
                .param("action", change.action().name())
                .param("before", cut(change.before(), AdministrativeChange.MAX_TEXT_LENGTH))
                .param("after", cut(change.after(), AdministrativeChange.MAX_TEXT_LENGTH)).update();
    }

    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
