package org.onewindow.directory;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.onewindow.shared.i18n.Translations;

/**
 * A row of the administrators' staff list: the account as an administrator keeps it (what the edit form shows) and
 * when it last signed in ({@code null}: never). Its roles and departments are data to show and edit here, not a
 * permission: screens that decide something read the flags of their own records.
 */
public record StaffAccountRow(String username, String displayNameZh, String displayNameEn, String mobile,
        String email, Locale language, Set<String> roles, Set<String> departmentCodes, boolean active,
        Instant lastSignIn) {

    public StaffAccountRow {
        roles = Set.copyOf(roles);
        departmentCodes = Set.copyOf(departmentCodes);
        language = Translations.supported(language == null ? Translations.CHINESE : language);
        displayNameEn = displayNameEn == null || displayNameEn.isBlank() ? displayNameZh : displayNameEn;
    }

    /** The row of {@code member}'s account. */
    public static StaffAccountRow of(StaffMember member, Instant lastSignIn) {
        return new StaffAccountRow(member.username(), member.displayName(), member.displayNameEn(), member.mobile(),
                member.email(), member.language(), member.roles(), member.departmentCodes(), member.active(),
                lastSignIn);
    }

    /** The name in the reader's language, as {@link StaffMember#displayName(Locale)}. */
    public String displayName(Locale locale) {
        boolean english = locale != null && Translations.ENGLISH.equals(Translations.supported(locale));
        return english ? displayNameEn : displayNameZh;
    }
}
