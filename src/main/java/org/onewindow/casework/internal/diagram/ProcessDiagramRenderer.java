package org.onewindow.casework.internal.diagram;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Component;

/**
 * Draws a BPMN process diagram as SVG on the server, from the diagram interchange of the model, with the
 * current steps highlighted and the completed ones marked. The browser gets Vaadin's pre-built bundle only,
 * so there is no JavaScript diagram library; the SVG carries its own styles and works standalone.
 */
@Component
public class ProcessDiagramRenderer {

    private static final int MARGIN = 20;
    private static final String STYLE = """
            .ow-node { fill: #fff; stroke: #37474f; stroke-width: 1.5; }
            .ow-completed .ow-node { fill: #e8f5e9; stroke: #2e7d32; }
            .ow-active .ow-node { fill: #fff3e0; stroke: #ef6c00; stroke-width: 3.5; }
            .ow-end .ow-node { stroke-width: 3.5; }
            .ow-flow { fill: none; stroke: #607d8b; stroke-width: 1.3; }
            .ow-container { fill: none; stroke: #90a4ae; stroke-dasharray: 4 3; }
            .ow-label { font: 11px sans-serif; fill: #263238; }
            .ow-marker { fill: none; stroke: #37474f; stroke-width: 1.5; }
            .ow-heat .ow-node { fill: var(--ow-heat); }
            .ow-heat-note { font: bold 11px sans-serif; fill: #263238; }
            """;

    public String render(BpmnModelInstance model, Set<String> activeActivityIds, Set<String> completedActivityIds) {
        return render(model, activeActivityIds, completedActivityIds, java.util.Map.of());
    }

    /** The diagram with its elements named by the model. */
    public String render(BpmnModelInstance model, Set<String> activeActivityIds, Set<String> completedActivityIds,
            java.util.Map<String, org.onewindow.casework.StepHighlight> highlights) {
        return render(model, activeActivityIds, completedActivityIds, highlights, "Process diagram",
                FlowElement::getName);
    }

    /**
     * The diagram with some steps filled in a colour and annotated above, e.g. a heat map of waiting times.
     * Colours must be CSS colours (they are written into a style attribute). {@code names} gives the text written
     * on each element (its name in the reader's language, say), {@code title} the drawing's accessible title.
     */
    public String render(BpmnModelInstance model, Set<String> activeActivityIds, Set<String> completedActivityIds,
            java.util.Map<String, org.onewindow.casework.StepHighlight> highlights, String title,
            java.util.function.Function<FlowElement, String> names) {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight() + 20);
        }
        for (BpmnEdge edge : edges) {
            for (Waypoint point : edge.getWaypoints()) {
                minX = Math.min(minX, point.getX());
                minY = Math.min(minY, point.getY());
                maxX = Math.max(maxX, point.getX());
                maxY = Math.max(maxY, point.getY());
            }
        }
        double x = minX - MARGIN, y = minY - MARGIN, width = maxX - minX + 2 * MARGIN,
                height = maxY - minY + 2 * MARGIN;
        SvgWriter svg = new SvgWriter();
        svg.raw(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"ow-diagram\" "
                        + "viewBox=\"%.0f %.0f %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" style=\"max-width:100%%;height:auto\">",
                x, y, width, height, width, height));
        svg.raw("<title>").text(title).raw("</title><style>").text(STYLE).raw("</style>");
        svg.raw("<defs><marker id=\"ow-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#607d8b\"/></marker></defs>");
        // Containers first, so that what they contain is drawn on top.
        for (BpmnShape shape : shapes) {
            if (shape.getBpmnElement() instanceof SubProcess) {
                drawNode(svg, shape, activeActivityIds, completedActivityIds, highlights, names);
            }
        }
        for (BpmnEdge edge : edges) {
            drawEdge(svg, edge, names);
        }
        for (BpmnShape shape : shapes) {
            if (!(shape.getBpmnElement() instanceof SubProcess)) {
                drawNode(svg, shape, activeActivityIds, completedActivityIds, highlights, names);
            }
        }
        return svg.raw("</svg>").toString();
    }

    private void drawEdge(SvgWriter svg, BpmnEdge edge, java.util.function.Function<FlowElement, String> names) {
        List<Waypoint> points = List.copyOf(edge.getWaypoints());
        StringBuilder path = new StringBuilder();
        for (Waypoint point : points) {
            path.append(String.format(Locale.ROOT, "%.0f,%.0f ", point.getX(), point.getY()));
        }
        String id = edge.getBpmnElement() == null ? "" : edge.getBpmnElement().getId();
        svg.raw("<polyline class=\"ow-flow\" data-element-id=\"").attr(id).raw("\" points=\"")
                .attr(path.toString().trim())
                .raw("\" marker-end=\"url(#ow-arrow)\"/>");
        String name = edge.getBpmnElement() instanceof FlowElement flow ? nameOf(flow, names) : null;
        if (name != null && !name.isBlank() && points.size() >= 2) {
            Waypoint first = points.get(0);
            svg.raw(String.format(Locale.ROOT, "<text class=\"ow-label\" x=\"%.0f\" y=\"%.0f\">", first.getX() + 4,
                    first.getY() - 4)).text(name).raw("</text>");
        }
    }

    private void drawNode(SvgWriter svg, BpmnShape shape, Set<String> active, Set<String> completed,
            java.util.Map<String, org.onewindow.casework.StepHighlight> highlights,
            java.util.function.Function<FlowElement, String> names) {
        BaseElement element = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        String id = element.getId();
        String state = active.contains(id) ? " ow-active" : completed.contains(id) ? " ow-completed" : "";
        String name = element instanceof FlowElement flow ? nameOf(flow, names) : null;
        double x = b.getX(), y = b.getY(), w = b.getWidth(), h = b.getHeight();
        String kind = element instanceof EndEvent ? " ow-end" : "";
        org.onewindow.casework.StepHighlight highlight = highlights.get(id);
        svg.raw("<g class=\"ow-element" + state + kind + (highlight == null ? "" : " ow-heat")
                + "\" data-element-id=\"")
                .attr(id).raw("\"");
        if (highlight != null) {
            svg.raw(" style=\"--ow-heat:").attr(highlight.fill()).raw("\"");
        }
        svg.raw(">");
        if (name != null && !name.isBlank()) {
            svg.raw("<title>").text(name).raw("</title>");
        }
        if (element instanceof SubProcess) {
            svg.raw(String.format(Locale.ROOT,
                    "<rect class=\"ow-container\" x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\"/>", x,
                    y, w, h));
            label(svg, name, x + 8, y + 14, w - 16, 1, false);
        } else if (element instanceof Event) {
            double r = w / 2;
            svg.raw(String.format(Locale.ROOT, "<circle class=\"ow-node\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", x + r,
                    y + r, r));
            if (element instanceof BoundaryEvent) {
                svg.raw(String.format(Locale.ROOT, "<circle class=\"ow-marker\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>",
                        x + r, y + r, r - 3));
            }
            if (!element.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
                svg.raw(String.format(Locale.ROOT, "<circle class=\"ow-marker\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>"
                        + "<path class=\"ow-marker\" d=\"M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f\"/>", x + r, y + r, r - 8,
                        x + r, y + r - (r - 10), x + r, y + r, x + r + (r - 11), y + r));
            }
            label(svg, name, x + w / 2 - 50, y + h + 12, 100, 2, true);
        } else if (element instanceof Gateway) {
            svg.raw(String.format(Locale.ROOT,
                    "<polygon class=\"ow-node\" points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\"/>",
                    x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2));
            double cx = x + w / 2, cy = y + h / 2;
            if (element instanceof ExclusiveGateway) {
                svg.raw(String.format(Locale.ROOT,
                        "<path class=\"ow-marker\" d=\"M%.0f,%.0f L%.0f,%.0f M%.0f,%.0f L%.0f,%.0f\"/>",
                        cx - 8, cy - 8, cx + 8, cy + 8, cx + 8, cy - 8, cx - 8, cy + 8));
            } else if (element instanceof ParallelGateway) {
                svg.raw(String.format(Locale.ROOT,
                        "<path class=\"ow-marker\" d=\"M%.0f,%.0f L%.0f,%.0f M%.0f,%.0f L%.0f,%.0f\"/>",
                        cx, cy - 11, cx, cy + 11, cx - 11, cy, cx + 11, cy));
            }
            label(svg, name, x + w / 2 - 50, y - 16, 100, 1, true);
        } else {
            svg.raw(String.format(Locale.ROOT,
                    "<rect class=\"ow-node\" x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\"/>", x, y, w,
                    h));
            if (element instanceof ServiceTask) {
                svg.raw(String.format(Locale.ROOT, "<circle class=\"ow-marker\" cx=\"%.0f\" cy=\"%.0f\" r=\"5\"/>",
                        x + 12, y + 12));
            }
            if (element instanceof Activity activity
                    && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics) {
                double mx = x + w / 2;
                svg.raw(String.format(Locale.ROOT,
                        "<path class=\"ow-marker ow-multi-instance\" d=\"M%.0f,%.0f L%.0f,%.0f M%.0f,%.0f "
                                + "L%.0f,%.0f M%.0f,%.0f L%.0f,%.0f\"/>",
                        mx - 5, y + h - 15, mx - 5, y + h - 5, mx, y + h - 15,
                        mx, y + h - 5, mx + 5, y + h - 15, mx + 5, y + h - 5));
            }
            label(svg, name, x + 6, y + h / 2 - 8, w - 12, 4, true);
        }
        if (highlight != null && highlight.note() != null) {
            svg.raw(String.format(Locale.ROOT,
                    "<text class=\"ow-heat-note\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">",
                    x + w / 2, y - 5)).text(highlight.note()).raw("</text>");
        }
        svg.raw("</g>");
    }

    /** Only named elements are labelled: {@code names} is not asked about the others. */
    private static String nameOf(FlowElement element, java.util.function.Function<FlowElement, String> names) {
        return element.getName() == null || element.getName().isBlank() ? null : names.apply(element);
    }

    /** Writes a name in lines that fit the width, centred on the box when asked. */
    private void label(SvgWriter svg, String name, double x, double y, double width, int maxLines, boolean centred) {
        if (name == null || name.isBlank()) {
            return;
        }
        List<String> lines = TextWrap.wrap(name, (int) Math.max(6, width / 6.2), maxLines);
        double top = centred ? y - (lines.size() - 1) * 6.5 : y;
        for (int i = 0; i < lines.size(); i++) {
            double lineX = centred ? x + width / 2 : x;
            svg.raw(String.format(Locale.ROOT, "<text class=\"ow-label\" x=\"%.1f\" y=\"%.1f\"%s>", lineX,
                    top + 4 + i * 13,
                    centred ? " text-anchor=\"middle\"" : "")).text(lines.get(i)).raw("</text>");
        }
    }
}
