package org.onewindow.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.directory.first-admin.*}: the first administrator of a hall started on an empty database without
 * demo data (environment {@code ONEWINDOW_ADMIN_USERNAME} / {@code ONEWINDOW_ADMIN_PASSWORD}). The password must meet
 * the password policy. Without them, the administrator {@code admin} is created with a one-time setup code printed
 * in the log, which must be changed at the first sign-in.
 */
@ConfigurationProperties("onewindow.directory.first-admin")
public record FirstAdminProperties(String username, String password) {

    public FirstAdminProperties {
        username = username == null || username.isBlank() ? null : username.strip();
        password = password == null || password.isEmpty() ? null : password;
    }

    /** Whether the operator chose the first administrator's name and password. */
    public boolean configured() {
        return username != null || password != null;
    }
}
