package org.onewindow.intake.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onewindow.intake.Region;
import org.onewindow.intake.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The administrative division code table ({@code intake_region}), read once: it changes only with a new
 * changeset, that is with a new release.
 */
@Component
class RegionTable implements Regions {

    private final JdbcClient jdbc;
    private final AtomicReference<List<Region>> regions = new AtomicReference<>();

    RegionTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Region> all() {
        List<Region> loaded = regions.get();
        if (loaded == null) {
            loaded = jdbc.sql("select code, name_zh, name_en from intake_region order by code")
                    .query((rs, row) -> new Region(rs.getString(1), rs.getString(2), rs.getString(3))).list();
            regions.set(List.copyOf(loaded));
        }
        return loaded;
    }

    Map<String, Region> byCode() {
        return all().stream().collect(Collectors.toMap(Region::code, Function.identity()));
    }

    Districts districts() {
        return new Districts(all());
    }
}
