package org.onewindow.open311;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every refusal of the Open311 API, with the specification's status codes and error list, in both formats:
 * {@code [{"code":…,"description":…}]} and {@code <errors><error><code/><description/></error></errors>}.
 */
@H2IntegrationTest
class Open311ErrorsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Open311Client client;
    String apiKey;

    @BeforeEach
    void newKey() {
        apiKey = client.newKey(1000).secret();
    }

    @Test
    void unknownJurisdictionIsNotFoundOnEveryResource() throws Exception {
        String error = "jurisdiction_id 'elsewhere.gov' was not found: this endpoint serves hall.example.gov.cn only.";
        for (String path : new String[] { "/services.json", "/services/HRSS-001.json", "/requests.json",
                "/requests/OW-20261128-00001.json" }) {
            jsonError(client.read(path + "?jurisdiction_id=elsewhere.gov"), 404, error);
        }
        xmlError(client.read("/services.xml?jurisdiction_id=elsewhere.gov"), 404, error);
        Map<String, String> fields = request();
        fields.put("jurisdiction_id", "elsewhere.gov");
        xmlError(client.submit("xml", fields), 404, error);
        // Left out or empty, it is this endpoint's own.
        client.read("/services.json?jurisdiction_id=").andExpect(status().isOk());
        client.read("/services.json?jurisdiction_id=HALL.example.gov.cn").andExpect(status().isOk());
    }

    @Test
    void unknownServiceCodeIsNotFound() throws Exception {
        String error = "service_code 'NOPE-1' was not found: see services.xml or services.json for the hall's services.";
        jsonError(client.read("/services/NOPE-1.json"), 404, error);
        xmlError(client.read("/services/NOPE-1.xml"), 404, error);
        jsonError(client.read("/requests.json?service_code=HRSS-001,NOPE-1"), 404, error);
        Map<String, String> fields = request();
        fields.put("service_code", "NOPE-1");
        jsonError(client.submit("json", fields), 404, error);
    }

    @Test
    void unknownRequestIsNotFound() throws Exception {
        jsonError(client.read("/requests/OW-19990101-00001.json"), 404,
                "service_request_id 'OW-19990101-00001' was not found.");
        xmlError(client.read("/requests/OW-19990101-00001.xml"), 404,
                "service_request_id 'OW-19990101-00001' was not found.");
    }

    @Test
    void missingServiceCodeIsABadRequest() throws Exception {
        Map<String, String> fields = request();
        fields.remove("service_code");
        jsonError(client.submit("json", fields), 400,
                "service_code was not provided: choose one from services.xml or services.json.");
        xmlError(client.submit("xml", fields), 400,
                "service_code was not provided: choose one from services.xml or services.json.");
    }

    @Test
    void everyMissingOrInvalidParameterIsListedAndNothingIsRegistered() throws Exception {
        long cases = jdbc.sql("select count(*) from intake_case").query(Long.class).single();
        Map<String, String> fields = Map.of("api_key", apiKey, "service_code", "HRSS-001", "lat", "91",
                "email", "not-an-address", "media_url", "ftp://example.cn/x", "attribute[COLOUR]", "red",
                "attribute[MATERIAL_1]", "yes", "description", "x".repeat(4001));
        client.submit("json", fields)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[*].code", everyItem(is(400))))
                .andExpect(jsonPath("$[*].description", containsInAnyOrder(
                        "attribute[COLOUR] is not an attribute of service HRSS-001; see services/HRSS-001.xml for its definition.",
                        "attribute[MATERIAL_1] is information for the applicant (variable false) and takes no value: "
                                + "materials are shown at a window.",
                        "attribute[ID_NUMBER] is required: the applicant's resident ID number (18 characters), under "
                                + "which the hall registers the case.",
                        "first_name and last_name are missing: the hall registers a case under the applicant's name.",
                        "description is too long: at most 4,000 characters.",
                        "lat '91' is not a WGS84 latitude (a number from -90 to 90).",
                        "lat and long go together: send both, or neither.",
                        "email 'not-an-address' is not an e-mail address.",
                        "media_url must be an http or https URL of at most 1,000 characters.")));
        org.assertj.core.api.Assertions
                .assertThat(jdbc.sql("select count(*) from intake_case").query(Long.class).single())
                .isEqualTo(cases);
    }

    @Test
    void idNumberAndPhoneAreCheckedAsAtTheWindow() throws Exception {
        Map<String, String> fields = request();
        fields.put("attribute[ID_NUMBER]", "110105194912310021");
        fields.put("phone", "12345");
        client.submit("xml", fields)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "text/xml;charset=UTF-8"))
                .andExpect(xpath("count(/errors/error)").number(2.0))
                .andExpect(xpath("/errors/error[1]/code").string("400"))
                .andExpect(xpath("/errors/error[1]/description").string("attribute[ID_NUMBER]: The check character of "
                        + "this ID number does not match; please check each digit."))
                .andExpect(
                        xpath("/errors/error[2]/description").string("phone: A mobile number has 11 digits and starts "
                                + "with 13 to 19."));
    }

    @Test
    void badQueriesOfRequestsAreBadRequests() throws Exception {
        jsonError(client.read("/requests.json?start_date=2026-01-01"), 400, "start_date '2026-01-01' is not a w3 "
                + "date-time with a time zone, e.g. 2010-01-01T00:00:00Z or 2010-01-01T08:00:00+08:00.");
        jsonError(client.read("/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-05-01T00:00:00Z"), 400,
                "start_date and end_date may span at most 90 days.");
        jsonError(client.read("/requests.json?start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z"), 400,
                "end_date is before start_date.");
        xmlError(client.read("/requests.xml?status=pending"), 400,
                "status 'pending' is not a status: use open, closed, or both comma-separated.");
        // An offset whose '+' came unencoded reads as a space, and is understood.
        mvc.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01T08:00:00 08:00"))
                .andExpect(status().isOk());
        mvc.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01T08:00:00+08:00"))
                .andExpect(status().isOk());
    }

    @Test
    void unknownResourcesAndFormatsAreNotFoundInTheSpecificationsFormat() throws Exception {
        jsonError(client.read("/tokens/123.json"), 404,
                "There is no GeoReport v2 resource GET /open311/v2/tokens/123.json. "
                        + "The resources are /open311/discovery, and /open311/v2/services, /open311/v2/services/{service_code}, "
                        + "/open311/v2/requests and /open311/v2/requests/{service_request_id}, each ending in .xml or .json.");
        xmlError(client.read("/services.html"), 404,
                "There is no .html form of this resource: GeoReport v2 answers in .xml and .json.");
        mvc.perform(get("/open311/v2/services")).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "text/xml;charset=UTF-8"));
    }

    @Test
    void postedRequestsMustBeForms() throws Exception {
        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_JSON)
                .content("{\"service_code\":\"HRSS-001\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value(
                        "Send the request as application/x-www-form-urlencoded, not application/json."));
    }

    private Map<String, String> request() {
        return Open311Client.socialSecurityCard(apiKey, Open311Client.freshResidentId(), "Lan", "Zhao", "13800138000");
    }

    static void jsonError(ResultActions result, int code, String description) throws Exception {
        result.andExpect(status().is(code))
                .andExpect(header().string("Content-Type", "application/json;charset=UTF-8"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value(code))
                .andExpect(jsonPath("$[0].description").value(description));
    }

    static void xmlError(ResultActions result, int code, String description) throws Exception {
        result.andExpect(status().is(code))
                .andExpect(header().string("Content-Type", "text/xml;charset=UTF-8"))
                .andExpect(xpath("count(/errors/error)").number(1.0))
                .andExpect(xpath("/errors/error/code").string(String.valueOf(code)))
                .andExpect(xpath("/errors/error/description").string(description));
    }
}
