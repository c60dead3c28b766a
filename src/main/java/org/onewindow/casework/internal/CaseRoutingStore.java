package org.onewindow.casework.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.onewindow.casework.RoutedBy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which version of the routing table routed each case ({@code casework_case_routing}), written once. */
@Repository
class CaseRoutingStore {

    private final JdbcClient jdbc;

    CaseRoutingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String caseNumber, String decisionDefinitionId, int version, Instant routedAt) {
        jdbc.sql("""
                insert into casework_case_routing (case_number, decision_definition_id, decision_version, routed_at)
                values (:caseNumber, :definitionId, :version, :routedAt)""").param("caseNumber", caseNumber)
                .param("definitionId", decisionDefinitionId).param("version", version)
                .param("routedAt", routedAt.atOffset(ZoneOffset.UTC)).update();
    }

    /** Empty for a case registered before versions were recorded. */
    Optional<RoutedBy> find(String caseNumber) {
        return jdbc.sql("""
                select decision_definition_id, decision_version, routed_at from casework_case_routing
                where case_number = :caseNumber""").param("caseNumber", caseNumber)
                .query((rs, row) -> new RoutedBy(rs.getString(1), rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }
}
