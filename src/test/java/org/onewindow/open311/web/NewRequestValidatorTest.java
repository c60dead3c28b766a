package org.onewindow.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.intake.AgentRole;
import org.onewindow.intake.Channel;
import org.onewindow.open311.web.NewRequestValidator.CheckedRequest;

/** How a posted request is read into the intake's registration, and what it is refused for, parameter by parameter. */
class NewRequestValidatorTest {

    private static final ServiceItem LICENCE = ServiceItem.published("AMR-002", "Food business licence", "", "AMR",
            List.of(), List.of("Business licence", "Floor plan"), 15, true);

    @Test
    void aCompleteRequestBecomesAnOnlineRegistration() {
        CheckedRequest checked = NewRequestValidator.check(LICENCE, request("31.2", "121.5", "x".repeat(300),
                Map.of("ID_NUMBER", List.of("11010519491231002X"), "CREDIT_CODE", List.of("91350100M000100Y43"),
                        "ENTERPRISE_NAME", List.of("Lan's Noodles"))));

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.lat()).isEqualTo(31.2);
        assertThat(checked.lon()).isEqualTo(121.5);
        assertThat(checked.registration().channel()).isEqualTo(Channel.ONLINE);
        assertThat(checked.registration().citizenName()).isEqualTo("赵兰");
        assertThat(checked.registration().mobile()).isEqualTo("13800138000");
        assertThat(checked.registration().address()).as("the intake keeps the district's worth").hasSize(200);
        assertThat(checked.registration().enterprise().agentRole()).isEqualTo(AgentRole.AGENT);
    }

    @Test
    void everyProblemIsNamedByItsParameterInTheOrderTheClientReadsThem() {
        CheckedRequest checked = NewRequestValidator.check(LICENCE, request("91", null, null,
                Map.of("MATERIAL_1", List.of("scan.pdf"))));

        assertThat(checked.errors().keySet()).containsExactly("attribute[MATERIAL_1]", "attribute[ID_NUMBER]", "lat",
                "lat/long");
        assertThat(checked.errors().get("lat"))
                .isEqualTo("lat '91' is not a WGS84 latitude (a number from -90 to 90).");
    }

    @Test
    void limitsAreWrittenAsTheMessagesAlwaysHad() {
        NewRequest tooLong = new NewRequest(null, "AMR-002", null, null, null, null, null, null, null, "兰", "赵", null,
                "x".repeat(4001), "ftp://example.org/a.png", Map.of("ID_NUMBER", List.of("11010519491231002X")));

        Map<String, String> errors = NewRequestValidator.check(LICENCE, tooLong).errors();

        assertThat(errors).containsEntry("description", "description is too long: at most 4,000 characters.")
                .containsEntry("media_url", "media_url must be an http or https URL of at most 1,000 characters.");
    }

    @Test
    void theIntakesFieldsAreReportedUnderTheApisParameters() {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        errors.put("phone", "phone: refused earlier");

        NewRequestValidator.addIntakeProblem(errors, "citizenName", "is too long");
        NewRequestValidator.addIntakeProblem(errors, "mobile", "is not a mobile number");

        assertThat(errors).containsExactly(Map.entry("phone", "phone: refused earlier"),
                Map.entry("first_name", "first_name, last_name: is too long"));
    }

    private static NewRequest request(String lat, String lon, String address, Map<String, List<String>> attributes) {
        return new NewRequest(null, "AMR-002", lat, lon, address, null, null, null, null, "兰", "赵",
                "+86 138-0013-8000", null, null, attributes);
    }
}
