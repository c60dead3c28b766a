package org.onewindow.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.onewindow.directory.StaffAccountRow;
import org.onewindow.directory.StaffFilter;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The administrators' staff list: a page of accounts by user name, filtered in SQL, each with its roles,
 * departments and last sign-in. A hall has hundreds of accounts, so the grid asks for one page at a time.
 */
@Repository
class StaffQueries {

    private final JdbcClient jdbc;

    StaffQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffAccountRow> search(StaffFilter filter, PageRequest page) {
        Where where = where(filter);
        List<Account> accounts = jdbc.sql("""
                select s.id, s.username, s.display_name, s.display_name_en, s.mobile, s.email, s.preferred_language,
                s.active, (select max(e.occurred_at) from directory_sign_in_event e
                           where e.username = s.username and e.kind = 'SIGNED_IN') as last_sign_in
                from directory_staff s""" + where.sql()
                + " order by s.username offset :offset rows fetch next :limit rows only")
                .params(where.parameters()).param("offset", page.offset()).param("limit", page.limit())
                .query(StaffQueries::account).list();
        if (accounts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = accounts.stream().map(Account::id).toList();
        Map<Long, Set<String>> roles = byStaff("select staff_id, role from directory_staff_role "
                + "where staff_id in (:ids)", ids);
        Map<Long, Set<String>> departments = byStaff("select staff_id, department_code from "
                + "directory_staff_department where staff_id in (:ids)", ids);
        return accounts.stream().map(account -> new StaffAccountRow(account.username(), account.displayName(),
                account.displayNameEn(), account.mobile(), account.email(), Translations.fromTag(account.language()),
                roles.getOrDefault(account.id(), Set.of()), departments.getOrDefault(account.id(), Set.of()),
                account.active(), account.lastSignIn())).toList();
    }

    long count(StaffFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from directory_staff s" + where.sql()).params(where.parameters())
                .query(Long.class).single();
    }

    private Map<Long, Set<String>> byStaff(String sql, List<Long> ids) {
        Map<Long, Set<String>> values = new HashMap<>();
        jdbc.sql(sql).param("ids", ids)
                .query((rs, row) -> values.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2)))
                .list();
        return values;
    }

    private static Where where(StaffFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(s.username) like :text escape '\\' or lower(s.display_name) like :text escape '\\' "
                    + "or lower(s.display_name_en) like :text escape '\\')");
            parameters.put("text", "%" + likeEscaped(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.departmentCode() != null && !filter.departmentCode().isBlank()) {
            conditions.add("exists (select 1 from directory_staff_department d where d.staff_id = s.id "
                    + "and d.department_code = :department)");
            parameters.put("department", filter.departmentCode());
        }
        if (filter.role() != null && !filter.role().isBlank()) {
            conditions.add("exists (select 1 from directory_staff_role r where r.staff_id = s.id and r.role = :role)");
            parameters.put("role", filter.role());
        }
        if (filter.active() != null) {
            conditions.add("s.active = :active");
            parameters.put("active", filter.active());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lastSignIn = rs.getObject("last_sign_in", OffsetDateTime.class);
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("display_name_en"), rs.getString("mobile"), rs.getString("email"),
                rs.getString("preferred_language"), rs.getBoolean("active"),
                lastSignIn == null ? null : lastSignIn.toInstant());
    }

    private record Account(long id, String username, String displayName, String displayNameEn, String mobile,
            String email, String language, boolean active, Instant lastSignIn) {
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }
}
