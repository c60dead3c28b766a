package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onewindow.catalog.CatalogEntry;
import org.onewindow.catalog.CatalogFilter;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.ItemState;
import org.onewindow.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalog's reads over its versions: which version is current, the window's search and the editors' list. Each
 * is one short query on indexed columns, so none is cached: a publication on another node is seen at once.
 */
@Repository
class CatalogQueries {

    // Each item joined to its newest version by the version's key (catalog-005): a plan that stays cheap (a hash join,
    // or one key look-up per row) even while PostgreSQL's statistics lag behind an import.
    private static final String NEWEST = """
            from catalog_service_item i
            join catalog_item_version v on v.code = i.code and v.version = i.newest_version
            where 1 = 1
            """;

    private final JdbcClient jdbc;

    CatalogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version new cases of the item take. */
    Optional<Integer> publishedVersion(String code) {
        return jdbc.sql("select version from catalog_item_version where code = :code and state = 'PUBLISHED'")
                .param("code", code).query(Integer.class).optional();
    }

    Optional<ItemState> state(String code, int version) {
        return jdbc.sql("select state from catalog_item_version where code = :code and version = :version")
                .param("code", code).param("version", version).query(String.class).optional()
                .map(ItemState::valueOf);
    }

    /** Codes of published items whose code or either name contains the text, by code. */
    List<String> searchPublished(String text, int limit) {
        return jdbc.sql("""
                select code from catalog_item_version
                where state = 'PUBLISHED'
                and (lower(code) like :pattern escape '\\' or lower(name_zh) like :pattern escape '\\'
                or lower(name_en) like :pattern escape '\\')
                order by code
                fetch first %d rows only
                """.formatted(Math.max(1, limit))).param("pattern", pattern(text)).query(String.class).list();
    }

    List<CatalogEntry> page(CatalogFilter filter, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        var statement = jdbc.sql("""
                select i.code, v.version, v.state, v.name_zh, v.name_en, v.kind, i.published_version,
                v.lead_department_code, v.legal_limit_days, v.promised_limit_days
                """ + NEWEST + where + " order by i.code offset " + page.offset() + " rows fetch next "
                + page.limit() + " rows only");
        for (int i = 0; i < params.size(); i++) {
            statement = statement.param(i + 1, params.get(i));
        }
        return statement.query((rs, row) -> new CatalogEntry(rs.getString(1), rs.getInt(2),
                ItemState.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), ItemKind.valueOf(rs.getString(6)),
                (Integer) rs.getObject(7, Integer.class), rs.getString(8), rs.getInt(9), rs.getInt(10))).list();
    }

    long count(CatalogFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        var statement = jdbc.sql("select count(*) " + NEWEST + where);
        for (int i = 0; i < params.size(); i++) {
            statement = statement.param(i + 1, params.get(i));
        }
        return statement.query(Long.class).single();
    }

    private static String where(CatalogFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(v.code) like ? escape '\\' or lower(v.name_zh) like ? escape '\\'"
                    + " or lower(v.name_en) like ? escape '\\')");
            String pattern = pattern(filter.text());
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
        }
        if (filter.state() != null) {
            where.append(" and v.state = ?");
            params.add(filter.state().name());
        }
        if (filter.kind() != null) {
            where.append(" and v.kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.leadDepartmentCode() != null && !filter.leadDepartmentCode().isBlank()) {
            where.append(" and v.lead_department_code = ?");
            params.add(filter.leadDepartmentCode());
        }
        return where.toString();
    }

    private static String pattern(String text) {
        String plain = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
