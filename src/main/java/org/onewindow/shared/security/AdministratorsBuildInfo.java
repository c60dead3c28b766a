package org.onewindow.shared.security;

import org.onewindow.shared.AppRoles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.BuildInfoContributor;
import org.springframework.boot.actuate.info.GitInfoContributor;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The build and the commit in {@code /actuator/info} for administrators only. Boot's own git and build
 * contributors are switched off ({@code management.info.git.enabled}, {@code management.info.build.enabled}):
 * they would tell anyone which release runs, and so which published weaknesses to try.
 */
@Component
class AdministratorsBuildInfo implements InfoContributor {

    private final ObjectProvider<GitProperties> git;
    private final ObjectProvider<BuildProperties> build;

    AdministratorsBuildInfo(ObjectProvider<GitProperties> git, ObjectProvider<BuildProperties> build) {
        this.git = git;
        this.build = build;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + AppRoles.ADMIN));
        if (!admin) {
            return;
        }
        git.ifAvailable(properties -> new GitInfoContributor(properties).contribute(builder));
        build.ifAvailable(properties -> new BuildInfoContributor(properties).contribute(builder));
    }
}
