package org.onewindow.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AuditFilter;
import org.onewindow.audit.LoggedChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Searches of {@code audit_change} built from an {@link AuditFilter}, newest first; every value a bound parameter.
 * Area and actor use the indexes with the time ({@code ix_audit_change_area}, {@code ix_audit_change_actor}); the
 * subject is matched as a part of it.
 */
@Repository
class AuditChangeQueries {

    private final JdbcClient jdbc;

    AuditChangeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LoggedChange> search(AuditFilter filter, ZoneId hallZone, int offset, int limit) {
        Where where = where(filter, hallZone);
        JdbcClient.StatementSpec statement = jdbc.sql("""
                select id, changed_at, actor, area, subject, action, before_text, after_text from audit_change"""
                + where.sql + " order by changed_at desc, id desc offset :offset rows fetch next :limit rows only")
                .param("offset", offset).param("limit", limit);
        for (Map.Entry<String, Object> parameter : where.parameters.entrySet()) {
            statement = statement.param(parameter.getKey(), parameter.getValue());
        }
        return statement.query(AuditChangeQueries::map).list();
    }

    long count(AuditFilter filter, ZoneId hallZone) {
        Where where = where(filter, hallZone);
        JdbcClient.StatementSpec statement = jdbc.sql("select count(*) from audit_change" + where.sql);
        for (Map.Entry<String, Object> parameter : where.parameters.entrySet()) {
            statement = statement.param(parameter.getKey(), parameter.getValue());
        }
        return statement.query(Long.class).single();
    }

    private static Where where(AuditFilter filter, ZoneId hallZone) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.area() != null) {
            conditions.add("area = :area");
            parameters.put("area", filter.area().name());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("actor = :actor");
            parameters.put("actor", filter.actor().strip());
        }
        if (filter.subject() != null && !filter.subject().isBlank()) {
            conditions.add("lower(subject) like :subject escape '\\'");
            parameters.put("subject", "%" + likeEscaped(filter.subject().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.from() != null) {
            conditions.add("changed_at >= :from");
            parameters.put("from", filter.from().atStartOfDay(hallZone).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("changed_at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(hallZone).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LoggedChange map(ResultSet rs, int row) throws SQLException {
        return new LoggedChange(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), AdminArea.valueOf(rs.getString("area")), rs.getString("subject"),
                AdminAction.valueOf(rs.getString("action")), rs.getString("before_text"), rs.getString("after_text"));
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }
}
