package org.onewindow.open311.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code o311_request}: one row per case registered through the API. */
@Repository
public class OnlineRequestStore {

    private final JdbcClient jdbc;

    OnlineRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OnlineRequest request) {
        jdbc.sql("""
                insert into o311_request (case_number, api_key_id, client_name, jurisdiction_id, address_string,
                    address_id, lat, lon, email, device_id, account_id, media_url, submitted_at)
                values (:caseNumber, :key, :client, :jurisdiction, :address, :addressId, :lat, :lon, :email, :device,
                    :account, :media, :at)""")
                .param("caseNumber", request.caseNumber()).param("key", request.apiKeyId())
                .param("client", request.clientName()).param("jurisdiction", request.jurisdictionId())
                .param("address", request.addressString()).param("addressId", request.addressId())
                .param("lat", request.lat()).param("lon", request.lon()).param("email", request.email())
                .param("device", request.deviceId()).param("account", request.accountId())
                .param("media", request.mediaUrl()).param("at", ApiKeyStore.utc(request.submittedAt()))
                .update();
    }

    public Optional<OnlineRequest> find(String caseNumber) {
        return jdbc.sql("select * from o311_request where case_number = :caseNumber").param("caseNumber", caseNumber)
                .query((rs, row) -> new OnlineRequest(rs.getString("case_number"), rs.getLong("api_key_id"),
                        rs.getString("client_name"), rs.getString("jurisdiction_id"), rs.getString("address_string"),
                        rs.getString("address_id"), rs.getObject("lat", Double.class),
                        rs.getObject("lon", Double.class),
                        rs.getString("email"), rs.getString("device_id"), rs.getString("account_id"),
                        rs.getString("media_url"), ApiKeyStore.instant(rs, "submitted_at")))
                .optional();
    }
}
