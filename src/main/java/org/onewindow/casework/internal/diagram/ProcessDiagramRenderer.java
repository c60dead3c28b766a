package org.onewindow.casework.internal.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.onewindow.casework.StepHighlight;
import org.springframework.stereotype.Component;

/**
 * Draws a BPMN process diagram as SVG on the server, from the diagram interchange of the model, with the
 * current steps highlighted and the completed ones marked. The browser gets Vaadin's pre-built bundle only,
 * so there is no JavaScript diagram library; the SVG carries its own styles and works standalone.
 * <p>
 * Names are written at a legible size in either language, so the modeller's layout is only a starting point: the
 * drawing is spread out until every task's name fits inside its box, and every other label is placed by
 * {@link LabelPlacer} where it covers no shape and no other label. No label is ever cut.
 */
@Component
public class ProcessDiagramRenderer {

    private static final int MARGIN = 20;
    private static final double MAX_SPREAD = 3;
    private static final String STYLE = """
            .ow-node { fill: #fff; stroke: #37474f; stroke-width: 1.5; }
            .ow-completed .ow-node { fill: #e8f5e9; stroke: #2e7d32; }
            .ow-active .ow-node { fill: #fff3e0; stroke: #ef6c00; stroke-width: 3.5; }
            .ow-end .ow-node { stroke-width: 3.5; }
            .ow-flow { fill: none; stroke: #607d8b; stroke-width: 1.3; }
            .ow-container { fill: none; stroke: #90a4ae; stroke-dasharray: 4 3; }
            .ow-label { font: %dpx sans-serif; fill: #263238; }
            .ow-marker { fill: none; stroke: #37474f; stroke-width: 1.5; }
            .ow-heat .ow-node { fill: var(--ow-heat); }
            .ow-heat-note { font: %dpx sans-serif; fill: #000; }
            """.formatted(TextMetrics.FONT_SIZE, TextMetrics.FONT_SIZE);

    public String render(BpmnModelInstance model, Set<String> activeActivityIds, Set<String> completedActivityIds) {
        return render(model, activeActivityIds, completedActivityIds, Map.of());
    }

    /** The diagram with its elements named by the model. */
    public String render(BpmnModelInstance model, Set<String> activeActivityIds, Set<String> completedActivityIds,
            Map<String, StepHighlight> highlights) {
        return render(model, activeActivityIds, completedActivityIds, highlights, "Process diagram",
                FlowElement::getName);
    }

    /**
     * The diagram with some steps filled in a colour and annotated next to them, e.g. a heat map of waiting times.
     * Colours must be CSS colours (they are written into a style attribute). {@code names} gives the text written
     * on each element (its name in the reader's language, say), {@code title} the drawing's accessible title.
     */
    public String render(BpmnModelInstance model, Set<String> activeActivityIds, Set<String> completedActivityIds,
            Map<String, StepHighlight> highlights, String title, Function<FlowElement, String> names) {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        double spread = spread(shapes, names);
        Map<BpmnShape, Box> boxes = new LinkedHashMap<>();
        shapes.forEach(shape -> boxes.put(shape, scaled(shape, spread)));

        LabelPlacer placer = new LabelPlacer(boxes.entrySet().stream()
                .filter(entry -> !(entry.getKey().getBpmnElement() instanceof SubProcess)).map(Map.Entry::getValue)
                .toList());
        Map<String, Label> labels = new LinkedHashMap<>();
        Map<String, Label> notes = new LinkedHashMap<>();
        boxes.forEach((shape, box) -> {
            BaseElement element = shape.getBpmnElement();
            String name = element instanceof FlowElement flow ? nameOf(flow, names) : null;
            if (name != null && Figures.isTask(element)) {
                labels.put(element.getId(), inside(box, name, element));
            } else if (name != null && element instanceof SubProcess) {
                labels.put(element.getId(), Label.at(TextWrap.wrap(name, box.width() - 16), box.x() + 8, box.y() + 4));
            }
        });
        labels.values().forEach(placer::reserve);
        boxes.forEach((shape, box) -> {
            StepHighlight highlight = highlights.get(shape.getBpmnElement().getId());
            if (highlight != null && highlight.note() != null) {
                notes.put(shape.getBpmnElement().getId(), placer.around(box, highlight.note()));
            }
        });
        // The crowded ones first: timers sit on a task's edge, between it and their neighbours.
        boxes.entrySet().stream()
                .sorted(Comparator.comparing(entry -> !(entry.getKey().getBpmnElement() instanceof BoundaryEvent)))
                .forEach(entry -> {
                    BaseElement element = entry.getKey().getBpmnElement();
                    String name = element instanceof FlowElement flow ? nameOf(flow, names) : null;
                    if (name != null && !labels.containsKey(element.getId())) {
                        labels.put(element.getId(), placer.around(entry.getValue(), name));
                    }
                });
        Map<BpmnEdge, List<double[]>> paths = new LinkedHashMap<>();
        Map<BpmnEdge, Label> edgeLabels = new LinkedHashMap<>();
        for (BpmnEdge edge : edges) {
            List<double[]> points = edge.getWaypoints().stream()
                    .map(point -> new double[] { point.getX() * spread, point.getY() * spread }).toList();
            paths.put(edge, points);
            String name = edge.getBpmnElement() instanceof FlowElement flow ? nameOf(flow, names) : null;
            if (name != null && points.size() >= 2) {
                edgeLabels.put(edge, placer.around(new Box(points.get(0)[0] - 2, points.get(0)[1] - 2, 4, 4), name));
            }
        }

        Box extent = extent(boxes.values(), paths.values(), labels.values(), notes.values(), edgeLabels.values());
        SvgWriter svg = new SvgWriter();
        svg.raw(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"ow-diagram\" "
                        + "viewBox=\"%.0f %.0f %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" style=\"max-width:100%%;height:auto\">",
                extent.x(), extent.y(), extent.width(), extent.height(), extent.width(), extent.height()));
        svg.raw("<title>").text(title).raw("</title><style>").text(STYLE).raw("</style>");
        svg.raw("<defs><marker id=\"ow-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#607d8b\"/></marker></defs>");
        // Containers first, so that what they contain is drawn on top.
        List<BpmnShape> ordered = new ArrayList<>(boxes.keySet());
        ordered.sort(Comparator.comparing(shape -> !(shape.getBpmnElement() instanceof SubProcess)));
        ordered.stream().filter(shape -> shape.getBpmnElement() instanceof SubProcess).forEach(shape -> drawNode(svg,
                shape.getBpmnElement(), boxes.get(shape), activeActivityIds, completedActivityIds, highlights, names,
                labels, notes));
        paths.forEach((edge, points) -> drawEdge(svg, edge, points));
        edgeLabels.values().forEach(label -> label.write(svg, "ow-label"));
        ordered.stream().filter(shape -> !(shape.getBpmnElement() instanceof SubProcess)).forEach(shape -> drawNode(
                svg, shape.getBpmnElement(), boxes.get(shape), activeActivityIds, completedActivityIds, highlights,
                names, labels, notes));
        return svg.raw("</svg>").toString();
    }

    /** How far the modeller's layout is spread out so that every task's name fits inside its box. */
    private static double spread(Collection<BpmnShape> shapes, Function<FlowElement, String> names) {
        double spread = 1;
        for (BpmnShape shape : shapes) {
            BaseElement element = shape.getBpmnElement();
            String name = element instanceof FlowElement flow ? nameOf(flow, names) : null;
            if (name == null || !Figures.isTask(element)) {
                continue;
            }
            while (spread < MAX_SPREAD && !fits(scaled(shape, spread), name, element)) {
                spread += 0.1;
            }
        }
        return spread;
    }

    private static boolean fits(Box box, String name, BaseElement element) {
        List<String> lines = TextWrap.wrap(name, box.width() - 10);
        return TextWrap.widest(lines) <= box.width() - 10 && Label.height(lines) <= roomInside(box, element)
                .height();
    }

    /** Inside a task, clear of its border and of its markers. */
    private static Box roomInside(Box box, BaseElement element) {
        boolean marker = element instanceof Activity activity
                && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics;
        double top = element instanceof ServiceTask ? 13 : 4; // below the service task's marker
        return new Box(box.x() + 5, box.y() + top, box.width() - 10, box.height() - top - 4 - (marker ? 12 : 0));
    }

    private static Label inside(Box box, String name, BaseElement element) {
        Box room = roomInside(box, element);
        List<String> lines = TextWrap.wrap(name, room.width());
        double width = TextWrap.widest(lines), height = Label.height(lines);
        return Label.at(lines, room.centreX() - width / 2, room.centreY() - height / 2);
    }

    private static Box scaled(BpmnShape shape, double spread) {
        Bounds bounds = shape.getBounds();
        BaseElement element = shape.getBpmnElement();
        if (Figures.isTask(element) || element instanceof SubProcess) {
            return new Box(bounds.getX() * spread, bounds.getY() * spread, bounds.getWidth() * spread,
                    bounds.getHeight() * spread);
        }
        // Events and gateways keep their size and stay centred where they were (a timer on its task's edge).
        double cx = (bounds.getX() + bounds.getWidth() / 2) * spread, cy = (bounds.getY() + bounds.getHeight() / 2)
                * spread;
        return new Box(cx - bounds.getWidth() / 2, cy - bounds.getHeight() / 2, bounds.getWidth(),
                bounds.getHeight());
    }

    @SafeVarargs
    private static Box extent(Collection<Box> shapes, Collection<List<double[]>> paths,
            Collection<Label>... labelSets) {
        Box extent = null;
        for (Box box : shapes) {
            extent = extent == null ? box : extent.union(box);
        }
        for (List<double[]> points : paths) {
            for (double[] point : points) {
                Box dot = new Box(point[0], point[1], 0, 0);
                extent = extent == null ? dot : extent.union(dot);
            }
        }
        for (Collection<Label> labels : labelSets) {
            for (Label label : labels) {
                extent = extent == null ? label.box() : extent.union(label.box());
            }
        }
        Box all = extent == null ? new Box(0, 0, 0, 0) : extent;
        return new Box(Math.floor(all.x() - MARGIN), Math.floor(all.y() - MARGIN), Math.ceil(all.width() + 2 * MARGIN),
                Math.ceil(all.height() + 2 * MARGIN));
    }

    private void drawEdge(SvgWriter svg, BpmnEdge edge, List<double[]> points) {
        StringBuilder path = new StringBuilder();
        for (double[] point : points) {
            path.append(String.format(Locale.ROOT, "%.0f,%.0f ", point[0], point[1]));
        }
        String id = edge.getBpmnElement() == null ? "" : edge.getBpmnElement().getId();
        svg.raw("<polyline class=\"ow-flow\" data-element-id=\"").attr(id).raw("\" points=\"")
                .attr(path.toString().trim()).raw("\" marker-end=\"url(#ow-arrow)\"/>");
    }

    private void drawNode(SvgWriter svg, BaseElement element, Box box, Set<String> active, Set<String> completed,
            Map<String, StepHighlight> highlights, Function<FlowElement, String> names, Map<String, Label> labels,
            Map<String, Label> notes) {
        String id = element.getId();
        String state = active.contains(id) ? " ow-active" : completed.contains(id) ? " ow-completed" : "";
        String kind = element instanceof EndEvent ? " ow-end" : "";
        StepHighlight highlight = highlights.get(id);
        svg.raw("<g class=\"ow-element" + state + kind + (highlight == null ? "" : " ow-heat")
                + "\" data-element-id=\"").attr(id).raw("\"");
        if (highlight != null) {
            svg.raw(" style=\"--ow-heat:").attr(highlight.fill()).raw("\"");
        }
        svg.raw(">");
        String name = element instanceof FlowElement flow ? nameOf(flow, names) : null;
        if (name != null) {
            svg.raw("<title>").text(name).raw("</title>");
        }
        Figures.draw(svg, element, box);
        if (labels.containsKey(id)) {
            labels.get(id).write(svg, "ow-label");
        }
        if (notes.containsKey(id)) {
            notes.get(id).write(svg, "ow-heat-note");
        }
        svg.raw("</g>");
    }

    /** Only named elements are labelled: {@code names} is not asked about the others. */
    private static String nameOf(FlowElement element, Function<FlowElement, String> names) {
        if (element.getName() == null || element.getName().isBlank()) {
            return null;
        }
        String name = names.apply(element);
        return name == null || name.isBlank() ? null : name;
    }
}
