package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.internal.diagram.ProcessDiagramRenderer;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

/** The case process's diagram names every element in the language of the request, Chinese or English. */
class DiagramNamesTest {

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyNamedElementOfTheCaseProcessHasATextInBothLanguages() throws Exception {
        List<FlowElement> named = serviceRequest().getModelElementsByType(FlowElement.class).stream()
                .filter(element -> element.getName() != null && !element.getName().isBlank()).toList();
        assertThat(named).hasSizeGreaterThan(30);
        for (FlowElement element : named) {
            String english = Translations.text(Translations.ENGLISH, DiagramNames.key(element));
            String chinese = Translations.text(Translations.CHINESE, DiagramNames.key(element));
            assertThat(english).as(element.getId()).isEqualTo(element.getName());
            assertThat(chinese).as(element.getId()).doesNotStartWith("!").isNotEqualTo(english);
        }
    }

    @Test
    void theDiagramIsDrawnInTheRequestsLanguage() throws Exception {
        BpmnModelInstance model = serviceRequest();
        ProcessDiagramRenderer renderer = new ProcessDiagramRenderer();

        LocaleContextHolder.setLocale(Translations.CHINESE);
        String chinese = renderer.render(model, Set.of(), Set.of(), java.util.Map.of(), DiagramNames.title(),
                DiagramNames::of);
        assertThat(chinese).contains("<title>办件流程图</title>", "受理审核", "材料是否齐全？", "缺件")
                .doesNotContain("Acceptance review", "Materials complete?", "!casework.");

        LocaleContextHolder.resetLocaleContext();
        String english = renderer.render(model, Set.of(), Set.of(), java.util.Map.of(), DiagramNames.title(),
                DiagramNames::of);
        assertThat(english).contains("<title>Process diagram</title>", "Acceptance review", "Materials complete?");
    }

    private BpmnModelInstance serviceRequest() throws Exception {
        try (InputStream model = getClass().getClassLoader().getResourceAsStream("processes/service-request.bpmn")) {
            return Bpmn.readModelFromStream(model);
        }
    }
}
