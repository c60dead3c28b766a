package org.onewindow.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.open311.Open311ErrorsIntegrationTest.jsonError;
import static org.onewindow.open311.Open311ErrorsIntegrationTest.xmlError;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.support.H2IntegrationTest;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** API keys: only administrators manage them, only their hash is kept, and posting needs an active one within its rate. */
@H2IntegrationTest
class Open311ApiKeyIntegrationTest {

    @Autowired
    Staff staff;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Autowired
    Open311Client client;

    @Test
    void missingKeyIsForbidden() throws Exception {
        Map<String, String> fields = request("ignored");
        fields.remove("api_key");
        jsonError(client.submit("json", fields), 403,
                "api_key is missing: posting a service request needs an API key from the hall's administrators.");
        xmlError(client.submit("xml", fields), 403,
                "api_key is missing: posting a service request needs an API key from the hall's administrators.");
    }

    @Test
    void wrongKeyIsForbidden() throws Exception {
        String key = client.newKey(10).secret();
        xmlError(client.submit("xml", request(key.substring(0, key.length() - 1) + "x")), 403,
                "Invalid api_key received -- can't proceed with create_request.");
        jsonError(client.submit("json", request("ow311_guess")), 403,
                "Invalid api_key received -- can't proceed with create_request.");
    }

    @Test
    void revokedKeyIsForbiddenAtOnce() throws Exception {
        IssuedApiKey key = client.newKey(10);
        client.submit("json", request(key.secret())).andExpect(status().isOk());

        ApiKey revoked = staff.as("admin", () -> apiKeys.revoke(key.key().id()));

        assertThat(revoked.isActive()).isFalse();
        assertThat(revoked.revokedBy()).isEqualTo("admin");
        assertThat(revoked.lastUsedAt()).isNotNull();
        jsonError(client.submit("json", request(key.secret())), 403,
                "This api_key was revoked; ask the hall's administrators for a new one.");
        assertThatThrownBy(() -> staff.as("admin", () -> apiKeys.revoke(key.key().id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("The key '" + key.key().name() + "' was revoked already.");
    }

    @Test
    void rateLimitRefusesRequestsBeyondTheKeysRequestsPerMinute() throws Exception {
        // Start a few seconds into a clock minute, so that the three requests fall into the same minute.
        Instant now = clock.instant();
        clock.advance(Duration.ofSeconds(65 - now.getEpochSecond() % 60));
        String key = client.newKey(2).secret();
        String other = client.newKey(2).secret();
        Map<String, String> incomplete = request(key);
        incomplete.remove("attribute[ID_NUMBER]");

        // Refused requests count too: a client cannot flood the hall with bad ones either.
        client.submit("json", incomplete).andExpect(status().isBadRequest());
        client.submit("json", request(key)).andExpect(status().isOk());
        client.submit("xml", request(key))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9]\\d?")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath("/errors/error/code")
                        .string("429"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .xpath("/errors/error/description")
                        .string("The rate limit of this api_key (2 requests per minute) was reached; try again in a minute."));
        client.submit("json", request(other)).andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(1));
        client.submit("json", request(key)).andExpect(status().isOk());
    }

    @Test
    void readingNeedsNoKey() throws Exception {
        client.read("/services.json").andExpect(status().isOk());
        client.read("/requests.json").andExpect(status().isOk());
    }

    @Test
    void onlyTheHashOfAKeyIsKeptAndTheKeyIsShownOnce() throws Exception {
        IssuedApiKey issued = client.newKey(30);

        assertThat(issued.secret()).matches("ow311_[A-Za-z0-9_-]{43}");
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(issued.key().prefix()).isEqualTo(issued.secret().substring(0, 10));
        List<String> stored = jdbc.sql("select key_hash from o311_api_key where id = :id")
                .param("id", issued.key().id())
                .query(String.class).list();
        assertThat(stored).containsExactly(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(issued.secret().getBytes(StandardCharsets.UTF_8))));
        assertThat(jdbc.sql("select count(*) from o311_api_key where key_hash = :key or key_prefix = :key")
                .param("key", issued.secret()).query(Long.class).single()).isZero();
        assertThat(staff.as("admin", apiKeys::keys)).anySatisfy(key -> {
            assertThat(key.id()).isEqualTo(issued.key().id());
            assertThat(key.requestsPerMinute()).isEqualTo(30);
            assertThat(key.createdBy()).isEqualTo("admin");
            assertThat(key.isActive()).isTrue();
        });
    }

    @Test
    void keysAreForAdministratorsOnly() {
        assertThatThrownBy(() -> staff.as("manager", apiKeys::keys)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("frontdesk", () -> apiKeys.create(new NewApiKey("Mine", 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> apiKeys.revoke(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void keyNeedsANameOfItsOwnAndASensibleRate() {
        IssuedApiKey first = client.newKey(10);
        assertThatThrownBy(() -> staff.as("admin", () -> apiKeys.create(new NewApiKey(" ", 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "Name the client the key is for, e.g. the citizen app.")
                        .containsEntry("requestsPerMinute", "The rate limit is 1 to 6000 requests per minute."));
        assertThatThrownBy(
                () -> staff.as("admin", () -> apiKeys.create(new NewApiKey(first.key().name().toUpperCase(), 10))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("name"))
                        .isEqualTo("An active key named '" + first.key().name().toUpperCase()
                                + "' exists; revoke it first or choose another name."));
        staff.as("admin", () -> apiKeys.revoke(first.key().id()));
        assertThat(staff.as("admin", () -> apiKeys.create(new NewApiKey(first.key().name(), 10))).key().isActive())
                .isTrue();
    }

    private static Map<String, String> request(String apiKey) {
        return Open311Client.socialSecurityCard(apiKey, Open311Client.freshResidentId(), "Lan", "Zhao", "13800138000");
    }
}
