package org.onewindow.directory.internal;

import java.time.Clock;
import java.util.Set;

import org.onewindow.directory.StaffAccount;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * The one way a staff account is opened: by the administrator's form ({@link JpaStaffAccountService#create}), the
 * staff import, the first administrator and the accounts a hall starts with ({@code DirectoryService#createStaff})
 * alike: both names, mobile, e-mail, language, roles and departments as given, and a password. The account must have
 * passed {@link StaffAccountValidator#checkNew} (or {@link StaffAccountValidator#checkPreset}).
 */
@Component
class StaffAccounts {

    private final EntityManager entityManager;
    private final Clock clock;

    StaffAccounts(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Persists the account with the given hash of its temporary password, to be changed at the first sign-in, without
     * a query: an import opens 2,000 of them in one transaction, written in JDBC batches
     * ({@code hibernate.jdbc.batch_size}).
     */
    StaffEntity open(StaffAccount account, String passwordHash) {
        return open(account, passwordHash, true);
    }

    /**
     * Persists the account with the given password hash; {@code mustChange} when the password is temporary. Only the
     * configured first administrator and the accounts a hall starts with keep theirs.
     */
    StaffEntity open(StaffAccount account, String passwordHash, boolean mustChange) {
        StaffEntity entity = new StaffEntity(account.username().trim(), account.displayNameZh().trim(), passwordHash,
                Set.of(), Set.of(), null);
        edit(entity, account);
        entity.changePassword(passwordHash, clock.instant(), mustChange);
        entityManager.persist(entity);
        return entity;
    }

    /** Everything an administrator sets on an account, the user name and the password aside. */
    static void edit(StaffEntity entity, StaffAccount account) {
        entity.edit(account.displayNameZh().trim(), account.displayNameEn().trim(), blankToNull(account.mobile()),
                blankToNull(account.email()),
                account.language() == null ? Translations.CHINESE : account.language(), account.roles(),
                account.departmentCodes() == null ? Set.of() : account.departmentCodes());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
