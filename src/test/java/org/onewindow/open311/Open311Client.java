package org.onewindow.open311;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.onewindow.support.Fresh;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An Open311 client in tests: keys from the administrators' service, requests through MockMvc and the real
 * security filter chains, without signing in. A bean of the test contexts, so that each test class asks for it
 * instead of building it from the same three parts; MockMvc is looked up when first used, since contexts that
 * start a real server have none.
 */
@Component
class Open311Client {

    static final String V2 = "/open311/v2";

    private final ObjectProvider<MockMvc> mvc;
    private final Staff staff;
    private final ApiKeyService apiKeys;

    Open311Client(ObjectProvider<MockMvc> mvc, Staff staff, ApiKeyService apiKeys) {
        this.mvc = mvc;
        this.staff = staff;
        this.apiKeys = apiKeys;
    }

    /** A new key of a client of its own, as an administrator makes it. */
    IssuedApiKey newKey(int requestsPerMinute) {
        String name = "Test client " + UUID.randomUUID().toString().substring(0, 8);
        return staff.as("admin", () -> apiKeys.create(new NewApiKey(name, requestsPerMinute)));
    }

    /** GET a resource under /open311/v2. */
    ResultActions read(String path) throws Exception {
        return mvc.getObject().perform(get(V2 + path));
    }

    ResultActions readAt(String absolutePath) throws Exception {
        return mvc.getObject().perform(get(absolutePath));
    }

    /** POST requests.{format} as a form, with the given fields in order. */
    ResultActions submit(String format, Map<String, String> fields) throws Exception {
        return submit(format, fields, "en");
    }

    /** The same from a client that prefers the given language. */
    ResultActions submit(String format, Map<String, String> fields, String acceptLanguage) throws Exception {
        MockHttpServletRequestBuilder request = post(V2 + "/requests." + format)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Accept-Language", acceptLanguage);
        fields.forEach(request::param);
        return mvc.getObject().perform(request);
    }

    /** A complete request for a social security card (HRSS-001), which the caller may change. */
    static Map<String, String> socialSecurityCard(String apiKey, String idNumber, String firstName, String lastName,
            String phone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("api_key", apiKey);
        fields.put("jurisdiction_id", "hall.example.gov.cn");
        fields.put("service_code", "HRSS-001");
        fields.put("attribute[ID_NUMBER]", idNumber);
        fields.put("first_name", firstName);
        fields.put("last_name", lastName);
        fields.put("phone", phone);
        return fields;
    }

    /** A fresh applicant's ID number, so that tests do not share citizens. */
    static String freshResidentId() {
        String sequence = String.format("%03d", (int) (Math.random() * 1000));
        String day = String.format("%02d", 1 + (int) (Math.random() * 28));
        String month = String.format("%02d", 1 + (int) (Math.random() * 12));
        return Fresh.residentId("320102" + (1950 + (int) (Math.random() * 50)) + month + day + sequence);
    }
}
