package org.onewindow.directory.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.onewindow.directory.Department;
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

    /** Every department of the hall, by code. */
    Map<String, Department> departments() {
        Map<String, Department> departments = new HashMap<>();
        jdbc.sql("select code, name_zh, name_en, active from directory_department")
                .query((rs, row) -> departments.put(rs.getString(1),
                        new Department(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))))
                .list();
        return departments;
    }

    /** Every user name, lower-cased: names differing only in case would confuse the people who sign in with them. */
    Set<String> usernamesLowerCase() {
        Set<String> names = new HashSet<>();
        jdbc.sql("select username from directory_staff")
                .query((rs, row) -> names.add(rs.getString(1).toLowerCase(Locale.ROOT))).list();
        return names;
    }
}
