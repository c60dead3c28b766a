package org.onewindow.directory.internal;

import java.security.SecureRandom;
import java.util.Set;

import org.onewindow.directory.FirstAdminProperties;
import org.onewindow.directory.PasswordChange;
import org.onewindow.directory.StaffAccount;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of a hall started on an empty database without demo data. When no account holds the
 * ADMIN role: the administrator the operator configured ({@link FirstAdminProperties}), whose password must meet
 * the policy (a weak one stops start-up, saying why), ready on screen and over the API at once; otherwise
 * {@value #SETUP_USERNAME} with a one-time setup code as password, printed once in the log, to be changed at the
 * first sign-in. Nodes of a cluster starting together all try; the unique user name lets exactly one succeed.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    static final String SETUP_USERNAME = "admin";

    /** No 0/O, 1/l/I: the code is read off a console and typed. */
    static final String SETUP_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    static final int SETUP_LENGTH = 16;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffRepository staff;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final FirstAdminProperties properties;
    private final Environment environment;
    private final TransactionTemplate transactions;
    private final StaffAccounts accounts;

    FirstAdministrator(StaffRepository staff, PasswordEncoder passwordEncoder, PasswordPolicy policy,
            FirstAdminProperties properties, Environment environment, TransactionTemplate transactions,
            StaffAccounts accounts) {
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.properties = properties;
        this.environment = environment;
        this.transactions = transactions;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.getProperty("onewindow.demo.enabled", Boolean.class, false)
                || staff.existsWithRole(AppRoles.ADMIN)) {
            return;
        }
        if (properties.configured()) {
            createConfigured();
        } else {
            createWithSetupCode();
        }
    }

    private void createConfigured() {
        if (properties.username() == null || properties.password() == null) {
            throw new IllegalStateException("The first administrator needs both ONEWINDOW_ADMIN_USERNAME and "
                    + "ONEWINDOW_ADMIN_PASSWORD (onewindow.directory.first-admin.username and .password); set both, "
                    + "or neither to get a one-time setup code in the log.");
        }
        policy.check(properties.username(), properties.password()).ifPresent(refusal -> {
            throw new IllegalStateException("The first administrator's password (ONEWINDOW_ADMIN_PASSWORD) is refused: "
                    + Translations.text(Translations.ENGLISH, refusal.messageKey(), PasswordChange.MIN_LENGTH,
                            PasswordChange.MAX_LENGTH)
                    + " Choose another and start again.");
        });
        if (create(properties.username(), properties.password(), false)) {
            log.info("Created the first administrator {} from the configuration; sign in with the configured password.",
                    properties.username());
        }
    }

    private void createWithSetupCode() {
        String code = setupCode();
        if (create(SETUP_USERNAME, code, true)) {
            String line = "=".repeat(72);
            // The code on one line with its words, so that "grep 'setup code'" finds it in plain and JSON logs.
            log.warn("""

                    {}
                      OneWindow's first administrator: user name "{}", one-time setup code: {}
                      Sign in with it at /login and choose a password of your own at once. The code is shown
                      only now; set ONEWINDOW_ADMIN_USERNAME and ONEWINDOW_ADMIN_PASSWORD to choose the account.
                    {}""", line, SETUP_USERNAME, code, line);
        }
    }

    static String setupCode() {
        StringBuilder code = new StringBuilder(SETUP_LENGTH);
        for (int i = 0; i < SETUP_LENGTH; i++) {
            code.append(SETUP_ALPHABET.charAt(RANDOM.nextInt(SETUP_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether this node created the account; another node starting at the same time may have created it first. */
    private boolean create(String username, String password, boolean mustChange) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (staff.existsWithRole(AppRoles.ADMIN) || staff.existsByUsername(username)) {
                    return false;
                }
                accounts.open(new StaffAccount(username,
                        Translations.text(Translations.CHINESE, "directory.firstAdmin.displayName"),
                        Translations.text(Translations.ENGLISH, "directory.firstAdmin.displayName"), null, null, null,
                        Set.of(AppRoles.ADMIN), Set.of(), password), passwordEncoder.encode(password), mustChange);
                // Written now: a node that lost the race learns it here, as DataIntegrityViolationException.
                staff.flush();
                return true;
            }));
        } catch (DataIntegrityViolationException takenMeanwhile) {
            log.info("Another node created the first administrator {} meanwhile.", username);
            return false;
        }
    }
}
