package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.ItemState;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The whole catalog read at once for the workbook: three queries (versions, collaborators, materials) however many
 * items there are, never one per item. Per item it keeps its current version (the published one, else the newest)
 * and its newest version.
 */
@Repository
class CatalogSnapshot {

    /** One item as the workbook compares and writes it. */
    record Item(ServiceItem current, int newestVersion, ItemState newestState, Integer publishedVersion) {
    }

    private final JdbcClient jdbc;

    CatalogSnapshot(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every item by code, in code order. */
    Map<String, Item> items() {
        Map<String, List<String>> collaborators = new HashMap<>();
        jdbc.sql("select item_code, item_version, department_code from catalog_version_collaborator"
                + " order by item_code, item_version, position").query(rs -> {
                    collaborators.computeIfAbsent(key(rs.getString(1), rs.getInt(2)), k -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        Map<String, List<MaterialRequirement>> materials = new HashMap<>();
        jdbc.sql("select item_code, item_version, name_zh, name_en, required, original, copies"
                + " from catalog_version_material order by item_code, item_version, position").query(rs -> {
                    materials.computeIfAbsent(key(rs.getString(1), rs.getInt(2)), k -> new ArrayList<>())
                            .add(new MaterialRequirement(rs.getString(3), rs.getString(4), rs.getBoolean(5),
                                    rs.getBoolean(6), rs.getInt(7)));
                });
        Map<String, List<ServiceItem>> versions = new LinkedHashMap<>();
        jdbc.sql("""
                select code, version, state, name_zh, name_en, kind, legal_limit_days, promised_limit_days,
                lead_department_code, online_application, guide_zh, guide_en, at_most_one_visit
                from catalog_item_version order by code, version desc
                """).query(rs -> {
            String code = rs.getString(1);
            int version = rs.getInt(2);
            String key = key(code, version);
            versions.computeIfAbsent(code, k -> new ArrayList<>()).add(new ServiceItem(code, version,
                    ItemState.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                    ItemKind.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getString(9),
                    collaborators.getOrDefault(key, List.of()), materials.getOrDefault(key, List.of()),
                    rs.getBoolean(10), rs.getString(11), rs.getString(12), rs.getBoolean(13)));
        });
        Map<String, Item> items = new LinkedHashMap<>();
        versions.forEach((code, all) -> {
            ServiceItem newest = all.get(0);
            Optional<ServiceItem> published = all.stream().filter(ServiceItem::isPublished).findFirst();
            items.put(code, new Item(published.orElse(newest), newest.version(), newest.state(),
                    published.map(ServiceItem::version).orElse(null)));
        });
        return items;
    }

    private static String key(String code, int version) {
        return code + '\u0000' + version;
    }
}
