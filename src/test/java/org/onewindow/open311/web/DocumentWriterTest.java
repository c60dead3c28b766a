package org.onewindow.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The two forms of a GeoReport document: XML as the specification shows it, JSON by its Spark convention. */
class DocumentWriterTest {

    private static final ServiceDefinition DEFINITION = new ServiceDefinition("DMV66",
            List.of(new ServiceAttribute(true,
                    "WHISHETN", "singlevaluelist", true, null, 1, "What is the make?",
                    List.of(new AttributeValue("123", "Ford"), new AttributeValue("124", "Chrysler")))));

    @Test
    void objectAtTheRootWrapsListsInTheirContainers() {
        assertThat(DocumentWriter.object(Format.XML, "service_definition", DEFINITION)).isEqualTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_definition><service_code>DMV66</service_code>"
                        + "<attributes><attribute><variable>true</variable><code>WHISHETN</code>"
                        + "<datatype>singlevaluelist</datatype><required>true</required><datatype_description/>"
                        + "<order>1</order><description>What is the make?</description><values><value><key>123</key>"
                        + "<name>Ford</name></value><value><key>124</key><name>Chrysler</name></value></values>"
                        + "</attribute></attributes></service_definition>");
        assertThat(DocumentWriter.object(Format.JSON, "service_definition", DEFINITION)).isEqualTo(
                "{\"service_code\":\"DMV66\",\"attributes\":[{\"variable\":true,\"code\":\"WHISHETN\","
                        + "\"datatype\":\"singlevaluelist\",\"required\":true,\"datatype_description\":null,\"order\":1,"
                        + "\"description\":\"What is the make?\",\"values\":[{\"key\":\"123\",\"name\":\"Ford\"},"
                        + "{\"key\":\"124\",\"name\":\"Chrysler\"}]}]}");
    }

    @Test
    void listAtTheRootIsAContainerInXmlAndAnArrayInJson() {
        List<CreatedRequest> created = List.of(new CreatedRequest("OW-20261128-00042", "Bring the form.", null));
        assertThat(DocumentWriter.list(Format.XML, "service_requests", "request", created)).isEqualTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>"
                        + "<service_request_id>OW-20261128-00042</service_request_id>"
                        + "<service_notice>Bring the form.</service_notice><account_id/></request></service_requests>");
        assertThat(DocumentWriter.list(Format.JSON, "service_requests", "request", created)).isEqualTo(
                "[{\"service_request_id\":\"OW-20261128-00042\",\"service_notice\":\"Bring the form.\",\"account_id\":null}]");
        // An empty list is still the container, or an array.
        assertThat(DocumentWriter.list(Format.XML, "errors", "error", List.<GeoError>of()))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors></errors>");
        assertThat(DocumentWriter.list(Format.JSON, "errors", "error", List.<GeoError>of())).isEqualTo("[]");
    }

    @Test
    void listsOfTextAreEntriesInXmlAndStringsInJson() {
        DiscoveryEndpoint endpoint = new DiscoveryEndpoint("http://wiki.open311.org/GeoReport_v2", "https://hall/v2",
                "2026-11-28T14:05:00+08:00", "production", List.of("text/xml", "application/json"));
        assertThat(DocumentWriter.object(Format.XML, "endpoint", endpoint))
                .contains("<formats><format>text/xml</format><format>application/json</format></formats>");
        assertThat(DocumentWriter.object(Format.JSON, "endpoint", endpoint))
                .contains("\"formats\":[\"text/xml\",\"application/json\"]");
    }

    @Test
    void textIsEscapedAndCharactersXmlCannotCarryAreDropped() {
        List<GeoError> errors = List.of(new GeoError(404, "service_code 'a<b>&c\u0001\u0007' was not found"));
        assertThat(DocumentWriter.list(Format.XML, "errors", "error", errors))
                .contains("<description>service_code 'a&lt;b&gt;&amp;c' was not found</description>");
        assertThat(DocumentWriter.list(Format.JSON, "errors", "error", errors))
                .isEqualTo("[{\"code\":404,\"description\":\"service_code 'a<b>&c\\u0001\\u0007' was not found\"}]");
    }

    @Test
    void requestNamesItsLongitudeLong() {
        ServiceRequest request = new ServiceRequest("OW-1", "open", null, "n", "c", null, "a", null, "r", "u", "e",
                null,
                null, null, 1.5, 2.5, null);
        assertThat(DocumentWriter.object(Format.XML, "request", request)).contains("<lat>1.5</lat><long>2.5</long>");
        assertThat(DocumentWriter.object(Format.JSON, "request", request)).contains("\"lat\":1.5,\"long\":2.5");
    }
}
