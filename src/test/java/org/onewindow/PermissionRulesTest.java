package org.onewindow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.ui.HomeView;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Permissions are written one way (docs/architecture.md, "Permissions"): who may call a service is its
 * {@code @RolesAllowed}, and whether someone may act on a record is the module's policy, which the service
 * returns as flags of the record; screens read the flags and never look at roles or departments themselves.
 */
class PermissionRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.onewindow");

    private static final String ROLES_ALLOWED = "who may call a service is written as @RolesAllowed({AppRoles.…}), "
            + "never as SpEL";

    private static final String FLAGS = "a screen shows or hides actions by the flags of the record its service "
            + "returns (e.g. TaskDetails#mayClaim, Rectification#mayVerify), so the rule stays in the module's policy";

    @Test
    void noClassIsGuardedBySpelOrSecured() {
        noClasses().should().beAnnotatedWith(PreAuthorize.class).orShould().beAnnotatedWith(PostAuthorize.class)
                .orShould().beAnnotatedWith(Secured.class).because(ROLES_ALLOWED).check(CLASSES);
    }

    @Test
    void noMethodIsGuardedBySpelOrSecured() {
        noMethods().should().beAnnotatedWith(PreAuthorize.class).orShould().beAnnotatedWith(PostAuthorize.class)
                .orShould().beAnnotatedWith(Secured.class).because(ROLES_ALLOWED).check(CLASSES);
    }

    @Test
    void screensDoNotAskAStaffMembersRolesOrDepartments() {
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethodWhere(callTo(StaffMember.class,
                        Set.of("hasRole", "hasAnyRole", "belongsTo", "roles", "departmentCodes")))
                .because(FLAGS).check(CLASSES);
    }

    /**
     * The home page is allowed its roles: choosing where a staff member's day starts is navigation, and every
     * screen it forwards to is guarded by its own {@code @RolesAllowed}.
     */
    @Test
    void screensDoNotAskTheSignedInUsersRolesExceptTheHomePageToChooseWhereTheDayStarts() {
        noClasses().that().resideInAPackage("..ui..").and().doNotBelongToAnyOf(HomeView.class)
                .should().callMethodWhere(callTo(AuthenticationContext.class, Set.of("hasRole", "hasAnyRole",
                        "hasAllRoles", "hasAuthority", "hasAnyAuthority", "hasAllAuthorities", "getGrantedRoles",
                        "getGrantedAuthorities")))
                .orShould().callMethodWhere(DescribedPredicate.describe("isUserInRole(…)",
                        call -> call.getName().equals("isUserInRole")))
                .because(FLAGS).check(CLASSES);
    }

    private static DescribedPredicate<JavaMethodCall> callTo(Class<?> owner, Set<String> methods) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + methods,
                call -> call.getTargetOwner().isAssignableTo(owner) && methods.contains(call.getName()));
    }
}
