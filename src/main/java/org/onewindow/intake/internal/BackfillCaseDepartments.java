package org.onewindow.intake.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase step of {@code intake-002}: fills {@code intake_case_department} for cases registered before
 * the table existed. Done in Java because splitting the comma-separated column differs between H2 and
 * PostgreSQL.
 */
public class BackfillCaseDepartments implements CustomTaskChange {

    @Override
    public void execute(Database database) throws CustomChangeException {
        var connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "select id, lead_department_code, collaborating_departments from intake_case");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into intake_case_department (case_id, department_code) values (?, ?)")) {
            while (rows.next()) {
                Set<String> departments = new LinkedHashSet<>();
                departments.add(rows.getString(2));
                for (String code : rows.getString(3).split(",")) {
                    if (!code.isBlank()) {
                        departments.add(code.trim());
                    }
                }
                for (String code : departments) {
                    insert.setLong(1, rows.getLong(1));
                    insert.setString(2, code);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (Exception e) {
            throw new CustomChangeException("Could not fill intake_case_department", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Departments of existing cases recorded";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
