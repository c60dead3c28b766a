package org.onewindow.directory.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What an import checks its rows against, each read in one query rather than one per row: a hall's 2,000 staff rows
 * name the same few dozen departments over and over.
 */
@Repository
class DirectoryImportQueries {

    private final JdbcClient jdbc;

    DirectoryImportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every department code, with whether it is active. */
    Map<String, Boolean> departmentCodes() {
        Map<String, Boolean> codes = new HashMap<>();
        jdbc.sql("select code, active from directory_department")
                .query((rs, row) -> codes.put(rs.getString(1), rs.getBoolean(2))).list();
        return codes;
    }

    /** Every user name, lower-cased: names differing only in case would confuse the people who sign in with them. */
    Set<String> usernamesLowerCase() {
        Set<String> names = new HashSet<>();
        jdbc.sql("select username from directory_staff")
                .query((rs, row) -> names.add(rs.getString(1).toLowerCase(Locale.ROOT))).list();
        return names;
    }
}
