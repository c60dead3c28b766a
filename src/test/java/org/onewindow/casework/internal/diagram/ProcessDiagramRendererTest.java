package org.onewindow.casework.internal.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProcessDiagramRendererTest {

    private final ProcessDiagramRenderer renderer = new ProcessDiagramRenderer();

    @Test
    void drawsEveryElementOfTheServiceRequestWithItsState() throws Exception {
        BpmnModelInstance model = serviceRequest();
        String svg = renderer.render(model, Set.of("user_task_joint_review"),
                Set.of("user_task_acceptance_review", "user_task_review_by_lead_department"));

        Document document = parse(svg);
        NodeList groups = document.getElementsByTagName("g");
        assertThat(groups.getLength()).isEqualTo(model.getModelElementsByType(BpmnShape.class).size());
        assertThat(classOf(document, "user_task_joint_review")).contains("ow-active");
        assertThat(classOf(document, "user_task_acceptance_review")).contains("ow-completed");
        assertThat(classOf(document, "user_task_decision_by_lead_department")).doesNotContain("ow-active",
                "ow-completed");
        assertThat(svg).contains("Review by lead department", "ow-multi-instance", "marker-end=\"url(#ow-arrow)\"");
        assertThat(model.getModelElementsByType(FlowNode.class))
                .allSatisfy(node -> assertThat(svg).contains("data-element-id=\"" + node.getId() + "\""));
        String viewBox = ((Element) document.getElementsByTagName("svg").item(0)).getAttribute("viewBox");
        String[] box = viewBox.split(" ");
        assertThat(Double.parseDouble(box[1])).isLessThan(-160); // the escalation ends drawn above the tasks
    }

    @Test
    void escapesNamesFromTheModelAndWrapsChinese() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent("start").name("A <b>&</b> start")
                .userTask("task").name("受理审查（前台）与材料核验").endEvent("end").done();
        // A model built in code has no diagram: give it shapes as a modeller would.
        String xml = Bpmn.convertToString(model).replace("</bpmn:definitions>", "").replaceAll("</definitions>\\s*$",
                "");
        String svg = renderer.render(Bpmn.readModelFromStream(new ByteArrayInputStream(withDiagram(xml))),
                Set.of("task"), Set.of());
        Document document = parse(svg);
        assertThat(document.getElementsByTagName("text").getLength()).isGreaterThan(1);
        assertThat(svg).contains("A &lt;b&gt;&amp;&lt;/b&gt; start").contains("受理");
        assertThat(TextWrap.wrap("受理审查（前台）与材料核验", 8, 3)).hasSizeGreaterThan(1);
    }

    private static byte[] withDiagram(String xmlWithoutClosingTag) {
        String diagram = """
                <bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI">
                  <bpmndi:BPMNPlane bpmnElement="p">
                    <bpmndi:BPMNShape bpmnElement="start"><dc:Bounds x="0" y="20" width="36" height="36"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape bpmnElement="task"><dc:Bounds x="80" y="0" width="100" height="80"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape bpmnElement="end"><dc:Bounds x="220" y="20" width="36" height="36"/></bpmndi:BPMNShape>
                  </bpmndi:BPMNPlane>
                </bpmndi:BPMNDiagram>
                </definitions>""";
        return (xmlWithoutClosingTag + diagram).getBytes(StandardCharsets.UTF_8);
    }

    private static String classOf(Document document, String elementId) {
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (elementId.equals(group.getAttribute("data-element-id"))) {
                return group.getAttribute("class");
            }
        }
        throw new AssertionError("No element " + elementId);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static BpmnModelInstance serviceRequest() throws Exception {
        try (InputStream in = ProcessDiagramRendererTest.class.getClassLoader()
                .getResourceAsStream("processes/service-request.bpmn")) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
