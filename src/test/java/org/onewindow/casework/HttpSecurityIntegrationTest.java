package org.onewindow.casework;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.shared.PageRequest;
import org.onewindow.support.H2IntegrationTest;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The same department rules over HTTP, and who may reach Camunda's REST API and webapps. */
@H2IntegrationTest
class HttpSecurityIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    CaseRegistrationService intake;
    @Autowired
    CaseRecordService caseRecords;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;

    @Test
    void caseWorkerOfAnotherDepartmentCannotReadOrClaimOverHttp() throws Exception {
        String task = hrssQueueTask();
        mvc.perform(get("/api/tasks/" + task).with(user(staff.details("amr.worker"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("This step is no longer open, or is not yours to see."));
        mvc.perform(post("/api/tasks/" + task + "/claim").with(user(staff.details("amr.worker"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tasks/queue").with(user(staff.details("amr.worker"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.taskId == '" + task + "')]").isEmpty());
    }

    @Test
    void ownDepartmentClaimsAndSecondClaimIsAConflictProblem() throws Exception {
        String task = hrssQueueTask();
        mvc.perform(post("/api/tasks/" + task + "/claim").with(user(staff.details("hrss.worker"))).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/" + task + "/claim").with(user(staff.details("hrss.head"))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("This step was already claimed by hrss.worker."));
        mvc.perform(post("/api/tasks/" + task + "/opinion").with(user(staff.details("hrss.worker"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.opinion")
                        .value("Write the department's opinion before completing the review."));
    }

    @Test
    void aProgramSigningInWithBasicCompletesStepsWithoutACsrfTokenWhileASessionStillNeedsOne() throws Exception {
        String task = hrssQueueTask();
        // A session (here: a signed-in user without Basic credentials) is what a forged cross-site request rides on.
        mvc.perform(post("/api/tasks/" + task + "/claim").with(user(staff.details("hrss.worker"))))
                .andExpect(status().isForbidden());
        // Staff tools and integrations sign in with HTTP Basic on each call and have no session to take a token from.
        mvc.perform(post("/api/tasks/" + task + "/claim").with(httpBasic("hrss.worker", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/" + task + "/opinion").with(httpBasic("hrss.worker", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"Documents in order.\"}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void frontDeskAcceptsAndDeliversOverHttp() throws Exception {
        // An online request: the window's own registrations need no acceptance step.
        String caseNumber = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "110101199003074477", "Sun Hua", "13698765432", "HRSS-001", List.of("Resident ID card"), null,
                Channel.ONLINE))).caseNumber();
        InboxFilter filter = new InboxFilter(caseNumber, null, false);
        String acceptance = staff.as("frontdesk",
                () -> inbox.departmentQueue(filter, new PageRequest(0, 5)).get(0).taskId());
        mvc.perform(post("/api/tasks/" + acceptance + "/claim").with(httpBasic("frontdesk", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/" + acceptance + "/acceptance").with(httpBasic("frontdesk", "demo")))
                .andExpect(status().isNoContent());
        staff.run("hrss.worker", () -> {
            String review = inbox.departmentQueue(filter, new PageRequest(0, 5)).get(0).taskId();
            work.claim(review);
            work.submitOpinion(review, new StepOpinion("Fine."));
            String decision = inbox.departmentQueue(filter, new PageRequest(0, 5)).get(0).taskId();
            work.claim(decision);
            work.decide(decision, new Decision(true, null));
        });
        String delivery = staff.as("frontdesk",
                () -> inbox.departmentQueue(filter, new PageRequest(0, 5)).get(0).taskId());
        mvc.perform(post("/api/tasks/" + delivery + "/claim").with(httpBasic("frontdesk", "demo")))
                .andExpect(status().isNoContent());
        // Without a delivery method the step stays open, with the reason.
        mvc.perform(post("/api/tasks/" + delivery + "/delivery").with(httpBasic("frontdesk", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.deliveryMethod").value("Say how the result was delivered."));
        mvc.perform(post("/api/tasks/" + delivery + "/delivery").with(httpBasic("frontdesk", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"deliveryMethod\":\"At the window\"}"))
                .andExpect(status().isNoContent());
        org.assertj.core.api.Assertions.assertThat(caseRecords.caseDetails(caseNumber).orElseThrow().status())
                .isEqualTo(org.onewindow.intake.CaseStatus.CLOSED);
    }

    @Test
    void badPagingIsAFieldByFieldProblem() throws Exception {
        mvc.perform(get("/api/tasks/queue?offset=-1&limit=1000").with(user(staff.details("hrss.worker"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.offset").value("offset must be 0 or more"))
                .andExpect(jsonPath("$.fieldErrors.limit").value("limit must be between 1 and 500"));
    }

    @Test
    void apiNeedsSignIn() throws Exception {
        mvc.perform(get("/api/tasks/mine")).andExpect(status().isUnauthorized());
    }

    @Test
    void camundaRestApiIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/engine-rest/engine")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/engine").with(user(staff.details("amr.head")))).andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/engine").with(user(staff.details("manager")))).andExpect(status().isForbidden());
    }

    @Test
    void cockpitSendsStrangersToTheLoginAndRefusesNonAdministrators() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/default/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        // A signed-in person of another role reads OneWindow's own "not available to you" screen.
        mvc.perform(get("/camunda/app/cockpit/default/").with(user(staff.details("frontdesk"))))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/screen-denied"));
        mvc.perform(get("/camunda/api/admin/auth/user/default").with(user(staff.details("frontdesk"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthAndInfoArePublicOtherActuatorEndpointsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(user(staff.details("admin"))))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"));
    }

    private String hrssQueueTask() {
        String caseNumber = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "110101199003074477", "Sun Hua", "13698765432", "HRSS-001", List.of("Resident ID card"), null,
                Channel.WINDOW))).caseNumber();
        return staff.as("hrss.worker",
                () -> inbox.departmentQueue(new InboxFilter(caseNumber, null, false), new PageRequest(0, 5)).get(0)
                        .taskId());
    }
}
