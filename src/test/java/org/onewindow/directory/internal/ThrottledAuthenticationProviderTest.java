package org.onewindow.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.DatabaseUnavailable;
import org.onewindow.shared.security.SignInLockedException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The order of the sign-in: the lock first, then the password; and a database outage is never a 500. */
class ThrottledAuthenticationProviderTest {

    private final StaffRepository repository = mock(StaffRepository.class);
    private final SignInLimiter limiter = mock(SignInLimiter.class);
    private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(
            new StaffUserDetailsService(repository), new BCryptPasswordEncoder(4), limiter);

    @Test
    void aLockedNameIsRefusedBeforeTheAccountIsRead() {
        doThrow(new SignInLockedException(15)).when(limiter).refuseIfLocked("amr.worker", "10.0.0.9");
        assertThatThrownBy(() -> provider.authenticate(attempt("amr.worker", "demo")))
                .isInstanceOf(SignInLockedException.class);
        verifyNoInteractions(repository);
        verify(limiter, never()).failed(anyString(), anyString());
    }

    @Test
    void aWrongPasswordIsCountedAgainstNameAndAddress() {
        when(repository.findByUsername("nobody")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> provider.authenticate(attempt("nobody", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        verify(limiter).failed("nobody", "10.0.0.9");
    }

    @Test
    void theLimitOutOfReachOfTheDatabaseIsAFailureInsideTheServer() {
        doThrow(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))
                .when(limiter).refuseIfLocked("amr.worker", "10.0.0.9");
        assertThatThrownBy(() -> provider.authenticate(attempt("amr.worker", "demo")))
                .isInstanceOf(InternalAuthenticationServiceException.class)
                .satisfies(e -> assertThat(DatabaseUnavailable.signInFailureMessageKey(e))
                        .contains(DatabaseUnavailable.MESSAGE_KEY));
    }

    @Test
    void anAccountThatCannotBeReadIsNotCountedAsAFailure() {
        when(repository.findByUsername("amr.worker")).thenThrow(new CannotGetJdbcConnectionException("down"));
        assertThatThrownBy(() -> provider.authenticate(attempt("amr.worker", "demo")))
                .isInstanceOf(InternalAuthenticationServiceException.class);
        verify(limiter, never()).failed(anyString(), anyString());
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        token.setDetails(new WebAuthenticationDetails("10.0.0.9", null));
        return token;
    }
}
