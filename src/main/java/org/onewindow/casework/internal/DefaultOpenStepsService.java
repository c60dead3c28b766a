package org.onewindow.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onewindow.casework.OpenStepsOfCase;
import org.onewindow.casework.OpenStepsService;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.ServiceRequestProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultOpenStepsService implements OpenStepsService {

    /** The steps of the service request itself; the follow-up and rectification after closing are not its progress. */
    private static final Set<String> SERVICE_REQUEST_STEPS = Set.of(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW,
            ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT, ServiceRequestProcess.TASK_JOINT_REVIEW,
            ServiceRequestProcess.TASK_DECISION_BY_LEAD_DEPARTMENT, ServiceRequestProcess.TASK_RESULT_DELIVERY,
            ServiceRequestProcess.TASK_RECEIVE_MISSING_MATERIALS, ServiceRequestProcess.TASK_CONSULTATION);

    private final OpenTaskStore openTasks;

    DefaultOpenStepsService(OpenTaskStore openTasks) {
        this.openTasks = openTasks;
    }

    @Override
    public Map<String, OpenStepsOfCase> progress(Collection<String> caseNumbers) {
        Map<String, List<InboxTask>> byCase = new LinkedHashMap<>();
        for (InboxTask task : openTasks.ofCases(Set.copyOf(caseNumbers), SERVICE_REQUEST_STEPS)) {
            byCase.computeIfAbsent(task.caseNumber(), number -> new ArrayList<>()).add(task);
        }
        Map<String, OpenStepsOfCase> progress = new LinkedHashMap<>();
        byCase.forEach((caseNumber, tasks) -> {
            Set<String> names = new LinkedHashSet<>();
            Instant since = null;
            for (InboxTask task : tasks) {
                names.add(task.taskName());
                since = since == null || task.createdAt().isAfter(since) ? task.createdAt() : since;
            }
            progress.put(caseNumber, new OpenStepsOfCase(caseNumber, List.copyOf(names), since));
        });
        return progress;
    }

    @Override
    public Set<String> casesWithOpenStepsIn(Collection<String> caseNumbers, String candidateGroup) {
        Set<String> cases = new LinkedHashSet<>();
        for (InboxTask task : openTasks.ofCases(Set.copyOf(caseNumbers), SERVICE_REQUEST_STEPS)) {
            if (task.candidateGroup() != null && task.candidateGroup().equals(candidateGroup)) {
                cases.add(task.caseNumber());
            }
        }
        return cases;
    }
}
