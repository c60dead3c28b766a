package org.onewindow.directory.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.onewindow.directory.StaffMember;

import org.onewindow.shared.i18n.Translations;

@Entity
@Table(name = "directory_staff")
class StaffEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "display_name_en", nullable = false, length = 100)
    private String displayNameEn;

    @Column(name = "mobile", length = 20)
    private String mobile;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "preferred_language", nullable = false, length = 10)
    private String preferredLanguage = "zh-CN";

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role", length = 32)
    private Set<String> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_staff_department", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "department_code", length = 32)
    private Set<String> departmentCodes = new HashSet<>();

    protected StaffEntity() {
    }

    StaffEntity(String username, String displayName, String passwordHash, Set<String> roles,
            Set<String> departmentCodes, String email) {
        this.email = email;
        this.username = username;
        this.displayName = displayName;
        this.displayNameEn = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.departmentCodes = new HashSet<>(departmentCodes);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    Set<String> roles() {
        return roles;
    }

    Set<String> departmentCodes() {
        return departmentCodes;
    }

    StaffMember toStaffMember() {
        return new StaffMember(username, displayName, roles, departmentCodes, active, email,
                Translations.fromTag(preferredLanguage), displayNameEn, mobile);
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /**
     * A new password hash, from {@code at}; {@code mustChange} when it is temporary (set by an administrator, a
     * setup code) and must be changed at the next sign-in.
     */
    void changePassword(String passwordHash, Instant at, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = mustChange;
    }

    /** Everything an administrator edits, the user name and the password aside. */
    void edit(String displayNameZh, String displayNameEn, String mobile, String email, java.util.Locale language,
            Set<String> roles, Set<String> departmentCodes) {
        this.displayName = displayNameZh;
        this.displayNameEn = displayNameEn;
        this.mobile = mobile;
        this.email = email;
        prefer(language);
        // The collections are changed in place: Hibernate then writes only the rows that differ.
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
        this.departmentCodes.retainAll(departmentCodes);
        this.departmentCodes.addAll(departmentCodes);
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    void prefer(java.util.Locale language) {
        this.preferredLanguage = Translations.supported(language).toLanguageTag();
    }
}
