package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.intake.Attachment;
import org.onewindow.intake.CaseMaterialsService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.MaterialsRequest;
import org.onewindow.intake.MaterialsRequestField;
import org.onewindow.intake.MaterialsRequested;
import org.onewindow.intake.ScannedFileType;
import org.onewindow.intake.ScannedFileTypes;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultCaseMaterialsService implements CaseMaterialsService {

    private static final Logger log = LoggerFactory.getLogger(DefaultCaseMaterialsService.class);

    private final CaseRepository cases;
    private final MaterialsNoticeRepository notices;
    private final AttachmentStore attachmentStore;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultCaseMaterialsService(CaseRepository cases, MaterialsNoticeRepository notices,
            AttachmentStore attachmentStore, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.notices = notices;
        this.attachmentStore = attachmentStore;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public MaterialsNotice issueMaterialsNotice(String caseNumber, String stepName, List<String> missing, String note,
            String issuedBy, Instant bringBy) {
        CaseEntity entity = cases.require(caseNumber);
        // Named in either language; the notice and the case keep the Chinese names.
        missing = missing == null ? null : missing.stream().map(entity::materialKey).toList();
        Map<MaterialsRequestField, String> errors = new LinkedHashMap<>();
        if (missing == null || missing.isEmpty()) {
            errors.put(MaterialsRequestField.MISSING, Translations.current("intake.error.notice.nothingMissing"));
        } else if (!entity.requiredMaterialNames().containsAll(missing)) {
            errors.put(MaterialsRequestField.MISSING, Translations.current("intake.error.notice.notRequired",
                    entity.toDetails().serviceItemName()));
        }
        if (note != null && note.length() > MaterialsRequest.MAX_NOTE) {
            errors.put(MaterialsRequestField.NOTE,
                    Translations.current("intake.error.notice.noteTooLong", MaterialsRequest.MAX_NOTE));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        Instant now = clock.instant();
        entity.startWaiting(now);
        MaterialsNotice notice = notices.save(new MaterialsNoticeEntity(entity, stepName,
                List.copyOf(new LinkedHashSet<>(missing)), trimToNull(note), issuedBy, now, bringBy)).toNotice();
        var details = entity.toDetails();
        Map<String, String> english = new java.util.HashMap<>();
        details.materials().forEach(material -> english.put(material.name(), material.nameEn()));
        events.publishEvent(new MaterialsRequested(caseNumber, notice.serviceItemName(), notice.missing(), bringBy,
                details.serviceItemNameEn(),
                notice.missing().stream().map(name -> english.getOrDefault(name, name)).toList()));
        return notice;
    }

    @Override
    @Transactional
    public void recordMaterialsReceived(String caseNumber, List<String> received, Instant at) {
        cases.require(caseNumber).markReceived(received);
        notices.findByCaseNumber(caseNumber).stream().filter(MaterialsNoticeEntity::isOpen)
                .forEach(notice -> notice.resolve(at));
    }

    @Override
    public List<MaterialsNotice> materialsNotices(String caseNumber) {
        return notices.findByCaseNumber(caseNumber).stream().map(MaterialsNoticeEntity::toNotice).toList();
    }

    @Override
    public Optional<MaterialsNotice> materialsNotice(long id) {
        return notices.findById(id).map(MaterialsNoticeEntity::toNotice);
    }

    @Override
    @Transactional
    public Attachment attach(String caseNumber, String material, String fileName, String declaredType,
            byte[] content, String uploadedBy) {
        CaseEntity entity = cases.require(caseNumber);
        String label = ScanRules.label(fileName);
        Optional<ScannedFileType> type = ScannedFileTypes.recognise(content);
        Map<String, String> errors = new LinkedHashMap<>(ScanRules.errors(label, declaredType, content, type));
        String materialName = material == null || material.isBlank() ? null : entity.materialKey(material.trim());
        if (materialName != null && !entity.requiredMaterialNames().contains(materialName)) {
            errors.put("material", Translations.current("intake.error.file.notOnChecklist", material.trim()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = attachmentStore.insert(entity.id(), entity.caseNumber(), label, type.get(), content, uploadedBy,
                clock.instant(), materialName);
        log.info("Scan {} attached: {}, {} bytes, by {}", id, type.get().label(), content.length, uploadedBy);
        return attachmentStore.find(id).orElseThrow();
    }

    @Override
    public List<Attachment> attachments(String caseNumber) {
        return attachmentStore.forCase(caseNumber);
    }

    @Override
    public Optional<Attachment> attachment(long id) {
        return attachmentStore.find(id);
    }

    @Override
    public byte[] attachmentContent(long id) {
        return attachmentStore.content(id);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
