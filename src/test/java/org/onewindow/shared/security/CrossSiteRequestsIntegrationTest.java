package org.onewindow.shared.security;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.support.H2IntegrationTest;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a page of another site can make a staff member's browser do: sign it in with the attacker's account, or call
 * Camunda's REST API and OneWindow's API with the session cookie. Also what /actuator/info tells strangers, and
 * where a manager who opens Cockpit lands.
 */
@H2IntegrationTest
class CrossSiteRequestsIntegrationTest {

    private static final String EVIL = "http://evil.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;

    @Test
    void theLoginFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "frontdesk").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "frontdesk").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void camundaRestApiRefusesCookieSessionsFromOtherSitesAndWithoutCsrfToken() throws Exception {
        mvc.perform(post("/engine-rest/process-instance/count").with(user(staff.details("admin"))).with(csrf())
                .header("Origin", EVIL).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:cross-origin"));
        mvc.perform(post("/engine-rest/process-instance/count").with(user(staff.details("admin")))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/engine-rest/deployment/create").with(user(staff.details("admin")))
                .contentType(MediaType.MULTIPART_FORM_DATA).content("--x--"))
                .andExpect(status().isForbidden());
    }

    @Test
    void oneWindowsApiRefusesOtherSitesButNotItsOwnPages() throws Exception {
        mvc.perform(get("/api/tasks/mine").with(user(staff.details("frontdesk"))).header("Origin", EVIL))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tasks/mine").with(user(staff.details("frontdesk"))).header("Origin", "null"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tasks/mine").with(user(staff.details("frontdesk"))).header("Origin", "http://localhost"))
                .andExpect(status().isOk());
        // The hall's public address (onewindow.public-base-url) is its own as well.
        mvc.perform(get("/api/tasks/mine").with(user(staff.details("frontdesk")))
                .header("Origin", "http://localhost:8080")).andExpect(status().isOk());
    }

    @Test
    void buildInformationIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isOk())
                .andExpect(jsonPath("$", not(hasKey("git")))).andExpect(jsonPath("$", not(hasKey("build"))));
        mvc.perform(get("/actuator/info").with(user(staff.details("manager")))).andExpect(status().isOk())
                .andExpect(jsonPath("$", not(hasKey("git")))).andExpect(jsonPath("$", not(hasKey("build"))));
        mvc.perform(get("/actuator/info").with(user(staff.details("admin")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.git.commit.id").exists()).andExpect(jsonPath("$.build.version").exists());
    }

    @Test
    void aManagerOpeningCockpitIsSentToOneWindowsOwnRefusal() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/default/").with(user(staff.details("manager"))))
                .andExpect(redirectedUrl("/screen-denied"));
        // A program still gets a plain 403.
        mvc.perform(get("/camunda/api/admin/auth/user/default").with(user(staff.details("manager"))))
                .andExpect(status().isForbidden());
    }
}
