package org.onewindow.open311;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.support.H2IntegrationTest;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public API is open and stateless, its OpenAPI description and Swagger UI too; nothing else became more open,
 * and OneWindow's own JSON API still answers in JSON.
 */
@H2IntegrationTest
class Open311SecurityIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;

    @Test
    void publicApiNeedsNoSignInAndKeepsNoSession() throws Exception {
        mvc.perform(get("/open311/v2/services.json"))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("JSESSIONID"))
                .andExpect(request().sessionAttributeDoesNotExist("SPRING_SECURITY_CONTEXT"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        // A form post needs no CSRF token: there is no session for a forged request to use.
        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("service_code", "HRSS-001"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].description").value(containsString("api_key is missing")));
    }

    @Test
    void signedInStaffGainNothingOnThePublicApi() throws Exception {
        mvc.perform(post("/open311/v2/requests.json").with(user(staff.details("admin")))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("service_code", "HRSS-001"))
                .andExpect(status().isForbidden());
    }

    @Test
    void openApiDescriptionAndSwaggerUiArePublicAndDescribeThePublicApiOnly() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("OneWindow public API"))
                .andExpect(jsonPath("$.paths", hasKey("/open311/v2/services.{format}")))
                .andExpect(jsonPath("$.paths", hasKey("/open311/v2/services/{serviceCode}.{format}")))
                .andExpect(jsonPath("$.paths", hasKey("/open311/v2/requests.{format}")))
                .andExpect(jsonPath("$.paths", hasKey("/open311/v2/requests/{serviceRequestId}.{format}")))
                .andExpect(jsonPath("$.paths", hasKey("/open311/discovery.{format}")))
                .andExpect(jsonPath("$.paths['/open311/v2/requests.{format}'].post.requestBody.content",
                        hasKey("application/x-www-form-urlencoded")))
                .andExpect(jsonPath("$.paths", not(hasKey("/api/tasks/mine"))))
                .andExpect(jsonPath("$.components.schemas.request.properties", hasKey("service_request_id")))
                .andExpect(jsonPath("$.components.schemas.request.properties", hasKey("long")));
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
        mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isOk());
    }

    @Test
    void everythingElseStaysAsClosedAsItWas() throws Exception {
        mvc.perform(get("/api/tasks/mine")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/engine")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/engine").with(user(staff.details("manager")))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user(staff.details("manager")))).andExpect(status().isForbidden());
        // OneWindow's JSON API still wants its CSRF token, and still answers JSON when the client takes anything.
        mvc.perform(post("/api/tasks/no-such-task/claim").with(user(staff.details("hrss.worker"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tasks/mine").with(user(staff.details("hrss.worker"))).accept(MediaType.ALL))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/json")));
    }
}
