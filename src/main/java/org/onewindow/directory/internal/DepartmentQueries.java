package org.onewindow.directory.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Figures about departments read over several tables: how many active staff belong to each. */
@Repository
class DepartmentQueries {

    private final JdbcClient jdbc;

    DepartmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active staff by department code; departments without any are missing. */
    Map<String, Long> activeStaffByDepartment() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                select sd.department_code, count(*) from directory_staff_department sd
                join directory_staff s on s.id = sd.staff_id
                where s.active = true
                group by sd.department_code""")
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
