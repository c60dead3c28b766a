package org.onewindow.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.intake.AgentRole;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Citizen;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.ApplicantRecordService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.shared.PageRequest;
import org.onewindow.support.Journeys;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

/**
 * The Open311 GeoReport v2 API through HTTP, in both formats, on H2 ({@link Open311IntegrationTest}) and on
 * PostgreSQL ({@link Open311PostgresIntegrationTest}): discovery, services and their definitions, a request posted
 * by a client that becomes a case of the ONLINE channel in the hall's queues, and the public status of cases.
 */
abstract class Open311Scenarios {

    static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00";

    @Autowired
    org.onewindow.catalog.CatalogAdminService catalogAdmin;
    @Autowired
    Staff staff;
    @Autowired
    CaseRecordService intake;
    @Autowired
    ApplicantRecordService applicants;
    @Autowired
    CaseRegistrationService registrations;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;
    @Autowired
    NotificationService notifications;
    @Autowired
    Journeys journeys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Autowired
    Open311Client client;
    String apiKey;

    @BeforeEach
    void newKey() {
        apiKey = client.newKey(100).secret();
    }

    @Test
    void discoveryNamesTheV2EndpointItsFormatsAndHowToGetAKey() throws Exception {
        client.readAt("/open311/discovery.json")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json;charset=UTF-8"))
                .andExpect(jsonPath("$.changeset").value(matchesPattern(DATE_TIME)))
                .andExpect(jsonPath("$.contact").value(startsWith("County Government Service Hall")))
                .andExpect(
                        jsonPath("$.key_service").value(startsWith("API keys are issued by the hall's administrators")))
                .andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
                .andExpect(jsonPath("$.endpoints[0].url").value("http://localhost:8080/open311/v2"))
                .andExpect(jsonPath("$.endpoints[0].type").value("production"))
                .andExpect(jsonPath("$.endpoints[0].formats[0]").value("text/xml"))
                .andExpect(jsonPath("$.endpoints[0].formats[1]").value("application/json"));
        String xml = client.read("/discovery.xml")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/xml;charset=UTF-8"))
                .andExpect(xpath("/discovery/changeset").string(matchesPattern(DATE_TIME)))
                .andExpect(xpath("/discovery/key_service").exists())
                .andExpect(xpath("/discovery/endpoints/endpoint/specification")
                        .string("http://wiki.open311.org/GeoReport_v2"))
                .andExpect(xpath("/discovery/endpoints/endpoint/changeset").string(matchesPattern(DATE_TIME)))
                .andExpect(xpath("/discovery/endpoints/endpoint/formats/format[1]").string("text/xml"))
                .andExpect(xpath("/discovery/endpoints/endpoint/formats/format[2]").string("application/json"))
                .andReturn().getResponse().getContentAsString();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><discovery>");
    }

    @Test
    void changesetStaysWhileTheServicesStaySame() throws Exception {
        String first = JsonPath.read(
                client.readAt("/open311/discovery.json").andReturn().getResponse().getContentAsString(),
                "$.changeset");
        String second = JsonPath.read(
                client.readAt("/open311/discovery.json").andReturn().getResponse().getContentAsString(),
                "$.changeset");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void servicesListTheCatalogInBothFormats() throws Exception {
        client.read("/services.json?jurisdiction_id=hall.example.gov.cn")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(16))
                .andExpect(jsonPath("$[?(@.service_code == 'HRSS-001')].service_name")
                        .value(hasItem("Social security card application")))
                .andExpect(jsonPath("$[?(@.service_code == 'HRSS-001')].description").value(hasItem(
                        "Replacement of a lost or damaged social security card, collected at the window once made; "
                                + "the photo can be taken there. Promised time limit: 5 working days. "
                                + "Legal time limit: 5 working days. At most one visit to the hall.")))
                .andExpect(jsonPath("$[?(@.service_code == 'HRSS-004')].description").value(hasItem(
                        org.hamcrest.Matchers.containsString("Decided at the window on the spot."))))
                .andExpect(jsonPath("$[?(@.service_code == 'HRSS-001')].metadata").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.service_code == 'HRSS-001')].type").value(hasItem("realtime")))
                .andExpect(jsonPath("$[?(@.service_code == 'HRSS-001')].group")
                        .value(hasItem("Human Resources and Social Security Bureau")))
                .andExpect(jsonPath("$[?(@.service_code == 'AMR-002')].keywords").value(hasItem(
                        "AMR-002, Market Regulation Bureau, Health Commission")));
        client.read("/services.xml")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/xml;charset=UTF-8"))
                .andExpect(xpath("count(/services/service)").number(16.0))
                .andExpect(xpath("/services/service[service_code='HRSS-001']/service_name")
                        .string("Social security card application"))
                .andExpect(xpath("/services/service[service_code='HRSS-001']/metadata").string("true"))
                .andExpect(xpath("/services/service[service_code='HRSS-001']/type").string("realtime"))
                .andExpect(xpath("/services/service[service_code='HRSS-001']/group")
                        .string("Human Resources and Social Security Bureau"));
    }

    @Test
    void onlyPublishedItemsAreServices() throws Exception {
        String code = "T311-" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        staff.as("admin", () -> catalogAdmin.create(new org.onewindow.catalog.ServiceItemDraft(code, "临时救助",
                "Temporary assistance", org.onewindow.catalog.ItemKind.PROMISED, 10, 5, "CIVIL", List.of(),
                List.of(new org.onewindow.catalog.MaterialRequirement("居民身份证", "Resident ID card", true, true, 1)),
                true, null, null, false)));
        client.read("/services.json").andExpect(jsonPath("$.length()").value(16))
                .andExpect(jsonPath("$[?(@.service_code == '" + code + "')]").isEmpty());
        client.read("/services/" + code + ".json").andExpect(status().isNotFound());
        try {
            staff.as("admin", () -> catalogAdmin.publish(code));
            client.read("/services.json").andExpect(jsonPath("$.length()").value(17))
                    .andExpect(jsonPath("$[?(@.service_code == '" + code + "')].service_name")
                            .value(hasItem("Temporary assistance")));
        } finally {
            staff.as("admin", () -> catalogAdmin.retire(code));
        }
        client.read("/services.json").andExpect(jsonPath("$.length()").value(16));
        client.read("/services/" + code + ".json").andExpect(status().isNotFound());
    }

    @Test
    void serviceDefinitionAsksForTheResidentIdNumberAndListsTheMaterials() throws Exception {
        client.read("/services/HRSS-001.json")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service_code").value("HRSS-001"))
                .andExpect(jsonPath("$.attributes.length()").value(6))
                .andExpect(jsonPath("$.attributes[0].variable").value(true))
                .andExpect(jsonPath("$.attributes[0].code").value("ID_NUMBER"))
                .andExpect(jsonPath("$.attributes[0].datatype").value("string"))
                .andExpect(jsonPath("$.attributes[0].required").value(true))
                .andExpect(jsonPath("$.attributes[0].datatype_description").value(startsWith("18 characters")))
                .andExpect(jsonPath("$.attributes[0].order").value(1))
                .andExpect(jsonPath("$.attributes[0].description")
                        .value(startsWith("Resident ID number of the applicant")))
                .andExpect(jsonPath("$.attributes[0].values").isEmpty())
                // An enterprise applies through that person: its code, name and the person's role, all optional.
                .andExpect(jsonPath("$.attributes[1].code").value("CREDIT_CODE"))
                .andExpect(jsonPath("$.attributes[1].variable").value(true))
                .andExpect(jsonPath("$.attributes[1].required").value(false))
                .andExpect(jsonPath("$.attributes[2].code").value("ENTERPRISE_NAME"))
                .andExpect(jsonPath("$.attributes[3].code").value("AGENT_ROLE"))
                .andExpect(jsonPath("$.attributes[3].datatype").value("singlevaluelist"))
                .andExpect(jsonPath("$.attributes[3].values[0].key").value("LEGAL_REPRESENTATIVE"))
                .andExpect(jsonPath("$.attributes[3].values[1].key").value("AGENT"))
                .andExpect(jsonPath("$.attributes[4].variable").value(false))
                .andExpect(jsonPath("$.attributes[4].code").value("MATERIAL_1"))
                .andExpect(jsonPath("$.attributes[4].required").value(false))
                .andExpect(jsonPath("$.attributes[4].datatype_description").isEmpty())
                .andExpect(jsonPath("$.attributes[4].order").value(5))
                .andExpect(jsonPath("$.attributes[4].description")
                        .value(startsWith("Required material: Resident ID card (original).")))
                .andExpect(jsonPath("$.attributes[5].description")
                        .value(startsWith("Material where it applies: Recent photo (1 copy).")));
        client.read("/services/HRSS-001.xml")
                .andExpect(status().isOk())
                .andExpect(xpath("/service_definition/service_code").string("HRSS-001"))
                .andExpect(xpath("count(/service_definition/attributes/attribute)").number(6.0))
                .andExpect(xpath("/service_definition/attributes/attribute[1]/variable").string("true"))
                .andExpect(xpath("/service_definition/attributes/attribute[1]/code").string("ID_NUMBER"))
                .andExpect(xpath("/service_definition/attributes/attribute[1]/required").string("true"))
                .andExpect(xpath("/service_definition/attributes/attribute[1]/order").string("1"))
                .andExpect(xpath("/service_definition/attributes/attribute[1]/values").exists())
                .andExpect(xpath("/service_definition/attributes/attribute[4]/values/value[1]/key")
                        .string("LEGAL_REPRESENTATIVE"))
                .andExpect(xpath("/service_definition/attributes/attribute[6]/code").string("MATERIAL_2"))
                .andExpect(xpath("/service_definition/attributes/attribute[6]/datatype_description").string(""));
    }

    @Test
    void postedRequestBecomesAnOnlineCaseInTheFrontDeskQueueAndThenTheLeadDepartmentQueue() throws Exception {
        String idNumber = Open311Client.freshResidentId();
        Map<String, String> fields = Open311Client.socialSecurityCard(apiKey, idNumber, "Lan", "Zhao",
                "+86 138 0013 8000");
        fields.put("description", "My card was lost on the bus.");
        fields.put("email", "zhao.lan@example.cn");
        fields.put("account_id", "acct-42");
        fields.put("lat", "39.9042");
        fields.put("long", "116.4074");
        fields.put("address_string", "1 Zhongshan Road");

        String body = client.submit("json", fields)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json;charset=UTF-8"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].service_request_id").value(matchesPattern("OW-\\d{8}-\\d{5,}")))
                .andExpect(
                        jsonPath("$[0].service_notice").value(matchesPattern("Registered as case OW-\\d{8}-\\d{5,}\\. "
                                + "Please bring these materials to any window of the hall for the acceptance review: Resident ID "
                                + "card; Recent photo\\. The decision is promised within 5 working days, by \\d{4}-\\d{2}-\\d{2}\\.")))
                .andExpect(jsonPath("$[0].account_id").value("acct-42"))
                .andReturn().getResponse().getContentAsString();
        String caseNumber = JsonPath.read(body, "$[0].service_request_id");

        CaseDetails details = intake.caseDetails(caseNumber).orElseThrow();
        assertThat(details.channel()).isEqualTo(Channel.ONLINE);
        assertThat(details.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(details.citizenName()).isEqualTo("Lan Zhao");
        assertThat(details.citizenMaskedMobile()).isEqualTo("138****8000");
        assertThat(details.notes()).isEqualTo("My card was lost on the bus.");
        assertThat(details.registeredBy()).startsWith("open311:Test client ");
        assertThat(details.materials()).allSatisfy(material -> assertThat(material.received()).isFalse());
        assertThat(staff.as("frontdesk", () -> applicants.findCitizen(IdType.RESIDENT_ID, idNumber))).isPresent();
        // What the request carried besides stays with the hall, for the staff handling the case.
        assertThat(jdbc
                .sql("select email, lat, lon, address_string, account_id from o311_request where case_number = :n")
                .param("n", caseNumber).query((rs, row) -> List.of(rs.getString("email"), rs.getDouble("lat"),
                        rs.getDouble("lon"), rs.getString("address_string"), rs.getString("account_id")))
                .single())
                .containsExactly("zhao.lan@example.cn", 39.9042, 116.4074, "1 Zhongshan Road", "acct-42");
        // In Chinese: an online request does not say which language the citizen reads, and the hall's is Chinese.
        assertThat(smsTo("13800138000", caseNumber)).singleElement().satisfies(sms -> assertThat(sms.body())
                .startsWith("【县政务服务中心】您的网上申请" + caseNumber + "已登记")
                .contains("请携带所需材料到任一窗口办理受理审核"));

        // Like any case, it waits for the acceptance review at the front desk: in its queue, since nobody of the
        // hall registered it.
        InboxFilter filter = new InboxFilter(caseNumber, null, false);
        PageRequest page = new PageRequest(0, 5);
        InboxTask review = staff.as("frontdesk", () -> inbox.departmentQueue(filter, page)).get(0);
        assertThat(review.taskKey()).isEqualTo(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW);
        assertThat(review.assignee()).isNull();
        assertThat(staff.as("hrss.worker", () -> inbox.departmentQueue(filter, page))).isEmpty();
        client.read("/requests/" + caseNumber + ".json")
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].status_notes").value("In progress: Acceptance review."));

        staff.run("frontdesk", () -> {
            work.claim(review.taskId());
            work.confirmAcceptance(review.taskId(), "Materials seen at window 3.");
        });

        List<InboxTask> leadQueue = staff.as("hrss.worker", () -> inbox.departmentQueue(filter, page));
        assertThat(leadQueue).singleElement().satisfies(task -> {
            assertThat(task.taskKey()).isEqualTo(ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT);
            assertThat(task.candidateGroup()).isEqualTo("HRSS");
        });
        client.read("/requests/" + caseNumber + ".xml")
                .andExpect(status().isOk())
                .andExpect(xpath("/service_requests/request/service_request_id").string(caseNumber))
                .andExpect(xpath("/service_requests/request/status").string("open"))
                .andExpect(xpath("/service_requests/request/status_notes")
                        .string("In progress: Review by lead department."))
                .andExpect(xpath("/service_requests/request/agency_responsible")
                        .string("Human Resources and Social Security Bureau"));
    }

    @Test
    void aRequestUnderAKnownIdNumberChangesNeitherTheCitizenNorTheirEarlierCase() throws Exception {
        String idNumber = Open311Client.freshResidentId();
        String earlier = staff.as("frontdesk",
                () -> registrations.register(CaseRegistration.of(IdType.RESIDENT_ID, idNumber,
                        "Lan Zhao", "13800138000", "HRSS-001", List.of("Resident ID card"), null, Channel.WINDOW, null,
                        "1 Zhongshan Road", null)))
                .caseNumber();

        Map<String, String> fields = Open311Client.socialSecurityCard(apiKey, idNumber, "Mallory", "Impostor",
                "13900139000");
        fields.put("address_string", "99 Elsewhere Street");
        String later = JsonPath.read(client.submit("json", fields).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "$[0].service_request_id");

        // The record and the earlier case keep what the window registered.
        Citizen citizen = staff.as("frontdesk", () -> applicants.findCitizen(IdType.RESIDENT_ID, idNumber))
                .orElseThrow();
        assertThat(citizen.name()).isEqualTo("Lan Zhao");
        assertThat(citizen.maskedMobile()).isEqualTo("138****8000");
        assertThat(applicants.applicant(applicantOf(earlier)).orElseThrow().address()).isEqualTo("1 Zhongshan Road");
        CaseDetails first = intake.caseDetails(earlier).orElseThrow();
        assertThat(first.citizenName()).isEqualTo("Lan Zhao");
        assertThat(first.citizenMaskedMobile()).isEqualTo("138****8000");
        assertThat(first.contactDiffersFromRecord()).isFalse();
        assertThat(applicants.changesOf(applicantOf(earlier))).isEmpty();
        // The new case keeps what it brought, and says that it differs from the record.
        CaseDetails second = intake.caseDetails(later).orElseThrow();
        assertThat(second.citizenName()).isEqualTo("Mallory Impostor");
        assertThat(second.citizenMaskedMobile()).isEqualTo("139****9000");
        assertThat(second.contactDiffersFromRecord()).isTrue();
        assertThat(second.applicant()).isEqualTo(first.applicant());
        assertThat(notificationsOf(later)).extracting(OutboxMessage::recipient).containsExactly("13900139000");

        // The earlier case's closing message, with its survey link, goes to the mobile given for it.
        journeys.carryToClosed(earlier, "frontdesk2");
        runFollowUp(earlier);
        assertThat(notificationsOf(earlier)).filteredOn(message -> message.purpose().equals("CASE_CLOSED"))
                .singleElement().satisfies(message -> {
                    assertThat(message.recipient()).isEqualTo("13800138000");
                    assertThat(message.body()).contains("/survey/");
                });
        assertThat(notificationsOf(earlier)).extracting(OutboxMessage::recipient).containsOnly("13800138000");
    }

    @Test
    void aRequestUnderAKnownCreditCodeDoesNotRenameTheEnterprise() throws Exception {
        String agentId = Open311Client.freshResidentId();
        String code = "91320300MA1T03115P";
        String earlier = staff.as("frontdesk",
                () -> registrations.register(CaseRegistration.of(IdType.RESIDENT_ID, agentId,
                        "Wei Chen", "13800138111", "HRSS-001", List.of(), null, Channel.WINDOW, null, null,
                        new EnterpriseApplicant(code, "徐州原名科技有限公司", AgentRole.AGENT))))
                .caseNumber();

        Map<String, String> fields = Open311Client.socialSecurityCard(apiKey, Open311Client.freshResidentId(), "Eve",
                "Other", "13900139111");
        fields.put("attribute[CREDIT_CODE]", code);
        fields.put("attribute[ENTERPRISE_NAME]", "冒名顶替有限公司");
        String later = JsonPath.read(client.submit("json", fields).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "$[0].service_request_id");

        ApplicantRef enterprise = applicantOf(earlier);
        assertThat(applicantOf(later)).isEqualTo(enterprise);
        assertThat(applicants.applicant(enterprise).orElseThrow().displayName()).isEqualTo("徐州原名科技有限公司");
        assertThat(intake.caseDetails(earlier).orElseThrow().enterpriseName()).isEqualTo("徐州原名科技有限公司");
        assertThat(intake.caseDetails(later).orElseThrow()).satisfies(details -> {
            assertThat(details.enterpriseName()).isEqualTo("冒名顶替有限公司");
            assertThat(details.contactDiffersFromRecord()).isTrue();
        });
    }

    @Test
    void aRequestWithAnEmailAndNoPhoneIsRegisteredAndWrittenToByEmail() throws Exception {
        Map<String, String> fields = Open311Client.socialSecurityCard(apiKey, Open311Client.freshResidentId(), "Lan",
                "Zhao", null);
        fields.remove("phone");
        fields.put("email", "zhao.lan@example.cn");
        String caseNumber = JsonPath.read(client.submit("json", fields).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(), "$[0].service_request_id");

        assertThat(intake.caseDetails(caseNumber).orElseThrow().reachable()).isTrue();
        assertThat(notificationsOf(caseNumber)).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(MessageChannel.EMAIL);
            assertThat(message.recipient()).isEqualTo("zhao.lan@example.cn");
            assertThat(message.subject()).isEqualTo("【县政务服务中心】您的办件" + caseNumber);
            assertThat(message.body()).startsWith("【县政务服务中心】您的网上申请" + caseNumber + "已登记");
        });
    }

    @Test
    void aRequestWithNeitherPhoneNorEmailIsRegisteredAndNobodyIsWrittenTo() throws Exception {
        Map<String, String> fields = Open311Client.socialSecurityCard(apiKey, Open311Client.freshResidentId(), "Lan",
                "Zhao", null);
        fields.remove("phone");
        String caseNumber = JsonPath.read(client.submit("json", fields).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(), "$[0].service_request_id");

        CaseDetails details = intake.caseDetails(caseNumber).orElseThrow();
        assertThat(details.reachable()).isFalse();
        assertThat(details.citizenMaskedMobile()).isEmpty();
        assertThat(notificationsOf(caseNumber)).isEmpty();
    }

    @Test
    void anEnterpriseAppliesThroughTheApiWithItsCreditCodeAndItsAgent() throws Exception {
        Map<String, String> fields = Open311Client.socialSecurityCard(apiKey, Open311Client.freshResidentId(), "Wei",
                "Chen", "13800138111");
        fields.put("attribute[CREDIT_CODE]", "91350100M000100Y43");
        fields.put("attribute[ENTERPRISE_NAME]", "福州示例科技有限公司");
        fields.put("address_string", "徐州市泉山区解放南路18号");
        String body = client.submit("json", fields).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String caseNumber = JsonPath.read(body, "$[0].service_request_id");
        CaseDetails details = intake.caseDetails(caseNumber).orElseThrow();
        assertThat(details.enterpriseName()).isEqualTo("福州示例科技有限公司");
        assertThat(details.agentRole()).isEqualTo(org.onewindow.intake.AgentRole.AGENT);
        assertThat(details.segments().applicantType()).isEqualTo(org.onewindow.intake.ApplicantType.ENTERPRISE);
        assertThat(details.segments().districtCode()).as("from the address").isEqualTo("320311");
        assertThat(details.segments().channel()).isEqualTo(Channel.ONLINE);
    }

    @Test
    void aMistypedCreditCodeIsA400InEnglishWhateverTheClientsLanguage() throws Exception {
        Map<String, String> fields = Open311Client.socialSecurityCard(apiKey, Open311Client.freshResidentId(), "Wei",
                "Chen", "13800138111");
        fields.put("attribute[CREDIT_CODE]", "91350100M000100Y44");
        fields.put("attribute[AGENT_ROLE]", "BOSS");
        client.submit("json", fields, "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[*].description", org.hamcrest.Matchers.hasItems(
                        org.hamcrest.Matchers
                                .startsWith("attribute[CREDIT_CODE]: The check character of this credit code"),
                        org.hamcrest.Matchers
                                .startsWith("attribute[AGENT_ROLE] must be LEGAL_REPRESENTATIVE or AGENT"))));
    }

    @Test
    void requestCanBePostedAsXml() throws Exception {
        Map<String, String> fields = Open311Client.socialSecurityCard(apiKey, Open311Client.freshResidentId(), "三",
                "张", "13912345678");
        String xml = client.submit("xml", fields)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/xml;charset=UTF-8"))
                .andExpect(xpath("/service_requests/request/service_request_id")
                        .string(matchesPattern("OW-\\d{8}-\\d{5,}")))
                .andExpect(xpath("/service_requests/request/service_notice").string(startsWith("Registered as case")))
                .andExpect(xpath("/service_requests/request/account_id").string(""))
                .andReturn().getResponse().getContentAsString();
        String caseNumber = xml.replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
        // A Chinese name is written family name first, without a space.
        assertThat(intake.caseDetails(caseNumber).orElseThrow().citizenName()).isEqualTo("张三");
    }

    @Test
    void requestsShowWhereCasesStandInBothFormats() throws Exception {
        String closed = journeys.closedSocialSecurityCard(Open311Client.freshResidentId(), "Qian Wu", "13700001111");
        String open = JsonPath.read(client.submit("json", Open311Client.socialSecurityCard(apiKey,
                Open311Client.freshResidentId(), "Wei", "Sun", "13600002222")).andReturn().getResponse()
                .getContentAsString(), "$[0].service_request_id");
        CaseDetails closedCase = intake.caseDetails(closed).orElseThrow();

        client.read("/requests.json?service_request_id=" + closed + "," + open + ",OW-19990101-99999")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + closed + "')].status").value(hasItem("closed")))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + closed + "')].status_notes")
                        .value(hasItem("Closed: approved, and the result was delivered.")))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + closed + "')].updated_datetime")
                        .value(hasItem(iso(closedCase.closedAt()))))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + closed + "')].requested_datetime")
                        .value(hasItem(iso(closedCase.acceptedAt()))))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + closed + "')].expected_datetime")
                        .value(hasItem(iso(closedCase.dueAt()))))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + open + "')].status").value(hasItem("open")))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + open + "')].service_code")
                        .value(hasItem("HRSS-001")))
                // GeoReport answers are English: the item as its English name, not the Chinese one.
                .andExpect(jsonPath("$[?(@.service_request_id == '" + open + "')].service_name")
                        .value(hasItem("Social security card application")));

        // Filters: service code, status, and a range of requested_datetime.
        client.read("/requests.json?service_code=HRSS-001,PSB-001&status=closed")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id").value(hasItem(closed)))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + open + "')]").isEmpty())
                .andExpect(jsonPath("$[?(@.status == 'open')]").isEmpty());
        client.read("/requests.json?service_code=HRSS-001&status=open")
                .andExpect(jsonPath("$[*].service_request_id").value(hasItem(open)))
                .andExpect(jsonPath("$[?(@.status == 'closed')]").isEmpty());
        client.read("/requests.json?service_code=PSB-001&status=open,closed")
                .andExpect(jsonPath("$[?(@.service_request_id == '" + open + "')]").isEmpty());
        // In UTC here; with the hall's offset (and the '+' as a client may leave it unencoded) below.
        String from = closedCase.acceptedAt().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
        client.read("/requests.xml?start_date=" + from + "&end_date="
                + Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS))
                .andExpect(status().isOk())
                .andExpect(
                        xpath("/service_requests/request[service_request_id='" + closed + "']/status").string("closed"))
                .andExpect(xpath("/service_requests/request[service_request_id='" + open + "']/status").string("open"))
                .andExpect(xpath("/service_requests/request[service_request_id='" + open + "']/requested_datetime")
                        .string(matchesPattern(DATE_TIME)));
        client.read("/requests.json?end_date=" + iso(closedCase.acceptedAt().minusSeconds(60)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.service_request_id == '" + closed + "')]").isEmpty());
        // The default is the last 90 days.
        client.read("/requests.json")
                .andExpect(jsonPath("$[*].service_request_id").value(hasItem(open)));
        // Newest first.
        String all = client.read("/requests.json?service_request_id=" + closed + "," + open).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(all, "$[*].service_request_id")).containsExactly(open, closed);
    }

    @Test
    void publicAnswersCarryNoPersonalData() throws Exception {
        String idNumber = Open311Client.freshResidentId();
        Map<String, String> fields = Open311Client.socialSecurityCard(apiKey, idNumber, "Xiuying", "Ouyang",
                "13512345678");
        fields.put("description", "Please send it to Ouyang Xiuying, flat 5B.");
        fields.put("email", "ouyang.xiuying@example.cn");
        fields.put("address_string", "88 Hidden Lane");
        fields.put("address_id", "ADDR-77");
        fields.put("lat", "31.2304");
        fields.put("long", "121.4737");
        fields.put("device_id", "device-ouyang");
        fields.put("media_url", "https://photos.example.cn/ouyang-id-card.jpg");
        String caseNumber = JsonPath.read(client.submit("json", fields).andReturn().getResponse().getContentAsString(),
                "$[0].service_request_id");
        String window = journeys.closedSocialSecurityCard(Open311Client.freshResidentId(), "Huangfu Song",
                "13511112222");

        List<String> personal = List.of(idNumber, idNumber.substring(6, 14), "Ouyang", "Xiuying", "13512345678",
                "2345678",
                "ouyang", "Hidden Lane", "ADDR-77", "31.2304", "121.4737", "device-ouyang", "flat 5B", "Huangfu",
                "13511112222");
        for (String path : List.of("/requests/" + caseNumber + ".json", "/requests/" + caseNumber + ".xml",
                "/requests/" + window + ".json", "/requests.json?service_request_id=" + caseNumber + "," + window,
                "/requests.xml?service_code=HRSS-001", "/services.json", "/services/HRSS-001.xml")) {
            String answer = client.read(path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(answer).as(path).doesNotContain(personal);
        }
        client.read("/requests/" + caseNumber + ".json")
                .andExpect(jsonPath("$[0].description").isEmpty())
                .andExpect(jsonPath("$[0].address").isEmpty())
                .andExpect(jsonPath("$[0].lat").isEmpty())
                .andExpect(jsonPath("$[0].long").isEmpty())
                .andExpect(jsonPath("$[0].media_url").isEmpty());
        client.read("/requests/" + caseNumber + ".xml")
                .andExpect(xpath("/service_requests/request/description").string(""))
                .andExpect(xpath("/service_requests/request/long").string(""))
                .andExpect(content().string(endsWith("</request></service_requests>")));
    }

    private List<OutboxMessage> notificationsOf(String caseNumber) {
        return staff.as("admin", () -> notifications.messagesOfCase(caseNumber));
    }

    private ApplicantRef applicantOf(String caseNumber) {
        return intake.caseDetails(caseNumber).orElseThrow().applicant();
    }

    /** The satisfaction follow-up's first, asynchronous step: the closing message with the survey link. */
    private void runFollowUp(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("satisfactionFollowUp").singleResult().getId();
        managementService
                .executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
    }

    private List<OutboxMessage> smsTo(String mobile, String caseNumber) {
        return staff.as("admin", () -> notifications.messagesOfCase(caseNumber)).stream()
                .filter(message -> mobile.equals(message.recipient())).toList();
    }

    /** As the API writes date-times: ISO 8601 in the hall's zone, to the second, with the offset. */
    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS)
                .atZone(ZoneId.of("Asia/Shanghai")));
    }
}
