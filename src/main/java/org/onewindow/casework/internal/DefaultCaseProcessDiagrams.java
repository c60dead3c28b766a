package org.onewindow.casework.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.onewindow.casework.CaseProcessDiagrams;
import org.onewindow.casework.ProcessStep;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.StepHighlight;
import org.onewindow.casework.internal.diagram.ProcessDiagramRenderer;
import org.springframework.stereotype.Service;

@Service
class DefaultCaseProcessDiagrams implements CaseProcessDiagrams {

    private final RepositoryService repositoryService;
    private final ProcessDiagramRenderer renderer;

    DefaultCaseProcessDiagrams(RepositoryService repositoryService, ProcessDiagramRenderer renderer) {
        this.repositoryService = repositoryService;
        this.renderer = renderer;
    }

    @Override
    public List<ProcessStep> caseSteps() {
        BpmnModelInstance model = model();
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof UserTask)
                .sorted(Comparator.comparingDouble((BpmnShape shape) -> shape.getBounds().getX())
                        .thenComparingDouble(shape -> shape.getBounds().getY()))
                .map(shape -> (UserTask) shape.getBpmnElement())
                .map(task -> new ProcessStep(task.getId(), DiagramNames.of(task))).toList();
    }

    @Override
    public String caseProcessWith(Map<String, StepHighlight> highlights) {
        return renderer.render(model(), Set.of(), Set.of(), highlights, DiagramNames.title(), DiagramNames::of);
    }

    private BpmnModelInstance model() {
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ServiceRequestProcess.KEY).latestVersion().singleResult().getId();
        return repositoryService.getBpmnModelInstance(definitionId);
    }
}
