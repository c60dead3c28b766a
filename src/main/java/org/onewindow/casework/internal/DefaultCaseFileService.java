package org.onewindow.casework.internal;

import org.onewindow.casework.CaseEvent;
import org.onewindow.casework.CaseFile;
import org.onewindow.casework.CaseFileService;
import org.onewindow.casework.StoredScan;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.Attachment;
import org.onewindow.intake.CaseLookupService;
import org.onewindow.intake.CaseMaterialsService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultCaseFileService implements CaseFileService {

    private final CaseMaterialsService intake;
    private final CaseRecordService caseRecords;
    private final OpinionStore opinions;
    private final OpenTaskStore openTasks;
    private final CurrentStaff currentStaff;
    private final CaseFileAccess access;
    private final CaseEventStore events;
    private final org.camunda.bpm.engine.HistoryService historyService;
    private final org.camunda.bpm.engine.RepositoryService repositoryService;
    private final org.onewindow.casework.internal.diagram.ProcessDiagramRenderer diagrams;
    private final CaseRoutingStore routedBy;
    private final WindowAcceptance windowAcceptance;
    private final CaseLookupService lookups;
    private final java.time.Clock clock;

    DefaultCaseFileService(CaseMaterialsService intake, CaseRecordService caseRecords, OpinionStore opinions,
            OpenTaskStore openTasks, CurrentStaff currentStaff, CaseFileAccess access, CaseEventStore events,
            org.camunda.bpm.engine.HistoryService historyService,
            org.camunda.bpm.engine.RepositoryService repositoryService,
            org.onewindow.casework.internal.diagram.ProcessDiagramRenderer diagrams, CaseRoutingStore routedBy,
            WindowAcceptance windowAcceptance, CaseLookupService lookups, java.time.Clock clock) {
        this.windowAcceptance = windowAcceptance;
        this.lookups = lookups;
        this.clock = clock;
        this.intake = intake;
        this.caseRecords = caseRecords;
        this.opinions = opinions;
        this.openTasks = openTasks;
        this.currentStaff = currentStaff;
        this.access = access;
        this.events = events;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.diagrams = diagrams;
        this.routedBy = routedBy;
    }

    @Override
    public CaseFile caseFile(String caseNumber) {
        StaffMember staff = currentStaff.require();
        CaseDetails details = caseRecords.caseDetails(caseNumber)
                .filter(found -> access.maySee(staff, found))
                // Same answer for "does not exist" and "not yours": case numbers are not to be probed.
                .orElseThrow(() -> new NotFoundException(Translations.current("casework.error.noCase", caseNumber)));
        return new CaseFile(details, opinions.forCase(caseNumber), openTasks.byCase(caseNumber),
                intake.materialsNotices(caseNumber), events.forCase(caseNumber), intake.attachments(caseNumber),
                steps(caseNumber), access.mayAttach(staff), access.mayPrintResultNotice(staff, details),
                routedBy.find(caseNumber).orElse(null), access.mayReissueLookupCode(staff, details));
    }

    /** Every user step of the case from the engine's history, oldest first, after the window's acceptance if any. */
    private java.util.List<org.onewindow.casework.StepRecord> steps(String caseNumber) {
        return java.util.stream.Stream.concat(windowAcceptance.step(caseNumber).stream(), historyService
                .createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(task -> new org.onewindow.casework.StepRecord(task.getTaskDefinitionKey(), task.getName(),
                        task.getAssignee(),
                        task.getStartTime().toInstant(),
                        task.getEndTime() == null ? null : task.getEndTime().toInstant())))
                .toList();
    }

    @Override
    @Transactional
    public Attachment attach(String caseNumber, String material, String fileName, String declaredType,
            byte[] content) {
        StaffMember staff = currentStaff.require();
        CaseDetails details = visibleCase(staff, caseNumber);
        if (!access.mayAttach(staff)) {
            throw new AccessDeniedException(Translations.current("casework.error.attachRefused"));
        }
        return intake.attach(details.caseNumber(), material, fileName, declaredType, content, staff.username());
    }

    @Override
    public java.util.List<Attachment> attachments(String caseNumber) {
        return intake.attachments(visibleCase(currentStaff.require(), caseNumber).caseNumber());
    }

    @Override
    @Transactional
    @jakarta.annotation.security.RolesAllowed(org.onewindow.shared.AppRoles.FRONT_DESK)
    public String reissueLookupCode(String caseNumber) {
        StaffMember staff = currentStaff.require();
        CaseDetails details = visibleCase(staff, caseNumber);
        if (!access.mayReissueLookupCode(staff, details)) {
            throw new AccessDeniedException(Translations.current("casework.error.reissueRefused"));
        }
        String code = lookups.reissueLookupCode(details.caseNumber(), staff.username());
        events.record(new CaseEvent(details.caseNumber(), CaseEvent.Kind.LOOKUP_CODE_REISSUED, null, null,
                staff.username(), Translations.current("casework.event.lookupCodeReissued"), clock.instant()), null);
        return code;
    }

    @Override
    public StoredScan scan(long attachmentId) {
        StaffMember staff = currentStaff.require();
        Attachment attachment = intake.attachment(attachmentId)
                .orElseThrow(() -> new NotFoundException(
                        Translations.current("casework.error.noAttachment", String.valueOf(attachmentId))));
        visibleCase(staff, attachment.caseNumber());
        return new StoredScan(attachment, intake.attachmentContent(attachmentId));
    }

    @Override
    public java.util.Optional<String> processDiagram(String caseNumber) {
        visibleCase(currentStaff.require(), caseNumber);
        var instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(org.onewindow.casework.ServiceRequestProcess.KEY).singleResult();
        if (instance == null) {
            return java.util.Optional.empty();
        }
        var activities = historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .list();
        java.util.Set<String> active = new java.util.HashSet<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (var activity : activities) {
            (activity.getEndTime() == null ? active : done).add(activity.getActivityId());
        }
        done.removeAll(active);
        return java.util.Optional.of(diagrams.render(
                repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId()), active, done,
                java.util.Map.of(), DiagramNames.title(), DiagramNames::of));
    }

    private CaseDetails visibleCase(StaffMember staff, String caseNumber) {
        return caseRecords.caseDetails(caseNumber).filter(found -> access.maySee(staff, found))
                .orElseThrow(() -> new NotFoundException(Translations.current("casework.error.noCase", caseNumber)));
    }

    @Override
    public MaterialsNotice materialsNotice(long noticeId) {
        StaffMember staff = currentStaff.require();
        return intake.materialsNotice(noticeId)
                .filter(notice -> caseRecords.caseDetails(notice.caseNumber()).filter(c -> access.maySee(staff, c))
                        .isPresent())
                .orElseThrow(() -> new NotFoundException(
                        Translations.current("casework.error.noNotice", String.valueOf(noticeId))));
    }
}
