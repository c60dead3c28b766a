package org.onewindow.casework.internal.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.casework.StepHighlight;
import org.onewindow.shared.i18n.Translations;
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
        assertThat(TextWrap.wrap("受理审查（前台）与材料核验", 60)).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(TextMetrics.width(line)).isLessThanOrEqualTo(60));
    }

    @ParameterizedTest
    @ValueSource(strings = { "zh-CN", "en" })
    void laysOutEveryLabelLegiblyWithoutOverlapOrCuts(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, StepHighlight> heat = Map.of("user_task_review_by_lead_department",
                new StepHighlight("#ffcc80", Translations.text(locale, "casework.diagram.title")),
                "user_task_joint_review", new StepHighlight("#ffe0b2", "3.5 d"));
        String svg = renderer.render(serviceRequest(), Set.of(), Set.of(), heat, "t",
                element -> Translations.text(locale, (element instanceof UserTask ? "casework.step."
                        : "casework.diagram.") + element.getId()));
        // Kept for a look by eye: target/diagram-zh-CN.svg, target/diagram-en.svg.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "diagram-" + language + ".svg"), svg);
        Document document = parse(svg);

        Matcher font = Pattern.compile("\\.ow-label \\{ font: (\\d+)px").matcher(svg);
        assertThat(font.find()).isTrue();
        assertThat(Integer.parseInt(font.group(1))).isGreaterThanOrEqualTo(12);
        List<Box> tasks = new ArrayList<>();
        NodeList rects = document.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("ow-node")) {
                tasks.add(box(rect));
            }
        }
        assertThat(tasks).hasSizeGreaterThan(10);
        List<Box> lines = new ArrayList<>();
        NodeList texts = document.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            String line = text.getTextContent();
            assertThat(line).as("a label is never cut").doesNotContain("…").isNotBlank();
            Box lineBox = TextMetrics.lineBox(line,
                    Double.parseDouble(text.getAttribute("x")) - TextMetrics.width(line) / 2,
                    Double.parseDouble(text.getAttribute("y")));
            Box ownTask = ownTask(text);
            if (ownTask != null && text.getAttribute("class").equals("ow-label")) {
                assertThat(ownTask.contains(lineBox)).as("'%s' inside its task %s: %s", line, ownTask, lineBox)
                        .isTrue();
                tasks.stream().filter(task -> task != null && !task.equals(ownTask))
                        .forEach(task -> assertThat(task.intersects(lineBox)).as("'%s' over a task", line)
                                .isFalse());
            } else {
                tasks.forEach(task -> assertThat(task.intersects(lineBox))
                        .as("'%s' (%s) over the task at %s", line, lineBox, task).isFalse());
            }
            for (Box other : lines) {
                assertThat(other.intersects(lineBox)).as("'%s' (%s) over another label at %s", line, lineBox, other)
                        .isFalse();
            }
            lines.add(lineBox);
        }
        assertThat(svg).contains(Translations.text(locale, "casework.diagram.boundary_timer_lead_review_at_risk"));
        String[] viewBox = ((Element) document.getElementsByTagName("svg").item(0)).getAttribute("viewBox")
                .split(" ");
        Box canvas = new Box(Double.parseDouble(viewBox[0]), Double.parseDouble(viewBox[1]),
                Double.parseDouble(viewBox[2]), Double.parseDouble(viewBox[3]));
        assertThat(lines).allSatisfy(line -> assertThat(canvas.contains(line)).isTrue());
    }

    private static Box box(Element rect) {
        return new Box(Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
                Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height")));
    }

    private static Box ownTask(Element text) {
        NodeList siblings = text.getParentNode().getChildNodes();
        for (int i = 0; i < siblings.getLength(); i++) {
            if (siblings.item(i) instanceof Element sibling && sibling.getTagName().equals("rect")
                    && sibling.getAttribute("class").equals("ow-node")) {
                return box(sibling);
            }
        }
        return null;
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
