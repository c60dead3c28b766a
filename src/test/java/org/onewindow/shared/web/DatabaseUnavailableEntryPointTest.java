package org.onewindow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.security.SignInLockedException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/** HTTP Basic sign-in on /api: only a refusal of the credentials is a 401; a failure inside the server is a 503. */
class DatabaseUnavailableEntryPointTest {

    private final DatabaseUnavailableEntryPoint entryPoint = new DatabaseUnavailableEntryPoint(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));

    @Test
    void wrongCredentialsStayA401() throws Exception {
        MockHttpServletResponse response = commence(new BadCredentialsException("Bad credentials"), Locale.ENGLISH);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).isEmpty();
    }

    @Test
    void anAccountThatCannotBeReadForWantOfTheDatabaseIsA503SayingSo() throws Exception {
        MockHttpServletResponse response = commence(new InternalAuthenticationServiceException("cannot load",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")), Locale.ENGLISH);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("urn:onewindow:problem:database-unavailable",
                "The database cannot be reached at the moment; nothing was saved.");
    }

    @Test
    void aFailureThatNoLongerNamesTheConnectionIsStillNotAWrongPassword() throws Exception {
        // What a broken connection whose rollback failed as well can leave: no SQL state, no connection exception.
        MockHttpServletResponse response = commence(new InternalAuthenticationServiceException(
                "Could not roll back JPA transaction", new IllegalStateException("Transaction already rolled back")),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(response.getContentAsString()).contains("urn:onewindow:problem:sign-in-unchecked",
                "暂时无法核验登录信息（服务器故障，并非密码错误）");
    }

    @Test
    void aLockedSignInIsA429SayingHowLongToWait() throws Exception {
        MockHttpServletResponse response = commence(new SignInLockedException(15), Locale.SIMPLIFIED_CHINESE);
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("900");
        assertThat(response.getContentAsString()).contains("urn:onewindow:problem:sign-in-locked",
                "该用户名或该地址登录失败次数过多。请15分钟后再试");
    }

    private MockHttpServletResponse commence(AuthenticationException failure, Locale language) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tasks/queue");
        request.addPreferredLocale(language);
        MockHttpServletResponse response = new MockHttpServletResponse();
        entryPoint.commence(request, response, failure);
        return response;
    }
}
