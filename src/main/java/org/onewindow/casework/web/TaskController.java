package org.onewindow.casework.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.onewindow.casework.Decision;
import org.onewindow.casework.Delivery;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.StepOpinion;
import org.onewindow.casework.TaskDetails;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.shared.InputField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox over HTTP, for staff tools and integrations. The same services as the screens, so the same
 * checks: a case worker reaches only their own departments' steps.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskInboxService inbox;
    private final TaskWorkService work;

    TaskController(TaskInboxService inbox, TaskWorkService work) {
        this.inbox = inbox;
        this.work = work;
    }

    @GetMapping("/mine")
    List<InboxTask> mine(@RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String serviceItem, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return inbox.myTasks(new InboxFilter(caseNumber, serviceItem, false), page(offset, limit));
    }

    @GetMapping("/queue")
    List<InboxTask> queue(@RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String serviceItem, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return inbox.departmentQueue(new InboxFilter(caseNumber, serviceItem, false), page(offset, limit));
    }

    /** The paging parameters of the inbox lists, named as their query parameters. */
    enum PagingField implements InputField {
        OFFSET, LIMIT
    }

    /** The longest page a client may ask for; {@link PageRequest} allows no more. */
    static final int MAX_LIMIT = 500;

    private static PageRequest page(int offset, int limit) {
        Map<PagingField, String> errors = new EnumMap<>(PagingField.class);
        if (offset < 0) {
            errors.put(PagingField.OFFSET, Translations.current("casework.error.offset"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.put(PagingField.LIMIT, Translations.current("casework.error.limit"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        return new PageRequest(offset, limit);
    }

    @GetMapping("/{taskId}")
    TaskDetails details(@PathVariable String taskId) {
        return work.details(taskId);
    }

    @PostMapping("/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        work.claim(taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String taskId) {
        work.unclaim(taskId);
        return ResponseEntity.noContent().build();
    }

    record AcceptanceRequest(String remark) {
    }

    /** Front desk: identity and materials checked, the acceptance stands (the remark may be left out). */
    @PostMapping("/{taskId}/acceptance")
    ResponseEntity<Void> confirmAcceptance(@PathVariable String taskId,
            @RequestBody(required = false) AcceptanceRequest request) {
        work.confirmAcceptance(taskId, request == null ? null : request.remark());
        return ResponseEntity.noContent().build();
    }

    /** Front desk: the result was handed over; the case closes. */
    @PostMapping("/{taskId}/delivery")
    ResponseEntity<Void> confirmDelivery(@PathVariable String taskId, @RequestBody Delivery delivery) {
        work.confirmDelivery(taskId, delivery);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/opinion")
    ResponseEntity<Void> opinion(@PathVariable String taskId, @RequestBody StepOpinion opinion) {
        work.submitOpinion(taskId, opinion);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/decision")
    ResponseEntity<Void> decide(@PathVariable String taskId, @RequestBody Decision decision) {
        work.decide(taskId, decision);
        return ResponseEntity.noContent().build();
    }
}
