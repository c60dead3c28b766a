package org.onewindow.casework.internal.diagram;

import java.util.Locale;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/** The BPMN figure of each kind of element (without its label), drawn in a box of the laid-out drawing. */
final class Figures {

    private Figures() {
    }

    static void draw(SvgWriter svg, BaseElement element, Box b) {
        double x = b.x(), y = b.y(), w = b.width(), h = b.height();
        if (element instanceof SubProcess) {
            svg.raw(String.format(Locale.ROOT,
                    "<rect class=\"ow-container\" x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\"/>", x,
                    y, w, h));
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
        } else if (element instanceof Gateway) {
            gateway(svg, element, b);
        } else {
            svg.raw(String.format(Locale.ROOT,
                    "<rect class=\"ow-node\" x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\"/>", x, y, w,
                    h));
            if (element instanceof ServiceTask) {
                svg.raw(String.format(Locale.ROOT, "<circle class=\"ow-marker\" cx=\"%.0f\" cy=\"%.0f\" r=\"4\"/>",
                        x + 8, y + 8));
            }
            if (element instanceof Activity activity
                    && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics) {
                double mx = x + w / 2;
                svg.raw(String.format(Locale.ROOT,
                        "<path class=\"ow-marker ow-multi-instance\" d=\"M%.0f,%.0f L%.0f,%.0f M%.0f,%.0f "
                                + "L%.0f,%.0f M%.0f,%.0f L%.0f,%.0f\"/>",
                        mx - 5, y + h - 13, mx - 5, y + h - 4, mx, y + h - 13,
                        mx, y + h - 4, mx + 5, y + h - 13, mx + 5, y + h - 4));
            }
        }
    }

    private static void gateway(SvgWriter svg, BaseElement element, Box b) {
        double x = b.x(), y = b.y(), w = b.width(), h = b.height();
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
    }

    /** Whether the element is drawn as a task box, whose name is written inside it. */
    static boolean isTask(BaseElement element) {
        return element instanceof Activity && !(element instanceof SubProcess);
    }
}
