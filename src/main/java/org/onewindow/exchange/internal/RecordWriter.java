package org.onewindow.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onewindow.directory.DirectoryService;
import org.onewindow.exchange.ExchangeProperties;
import org.onewindow.exchange.RecordType;
import org.onewindow.intake.CaseAccepted;
import org.onewindow.intake.CaseClosed;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Outcome;
import org.onewindow.intake.ProvinceCase;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.EvaluationGiven;
import org.onewindow.satisfaction.RectificationConcluded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the records for the provincial platform in the transaction of the step they tell of (synchronous
 * listeners: the record commits with the acceptance, the closing, the answer or the rectification, or neither does).
 * The content is built here, with the facts of that moment (the case's applicant as given for it, the department's
 * name then), so that a later change at the hall does not rewrite what the province was told.
 */
@Component
class RecordWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final RecordStore store;
    private final CaseRecordService cases;
    private final DirectoryService directory;
    private final ExchangeProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    RecordWriter(RecordStore store, CaseRecordService cases, DirectoryService directory,
            ExchangeProperties properties, ObjectMapper json, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.directory = directory;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    static String recordId(RecordType type, String caseNumber, Long id) {
        return switch (type) {
            case CASE_ACCEPTED -> caseNumber + "-ACC";
            case CASE_CLOSED -> caseNumber + "-CLS";
            case EVALUATION -> caseNumber + "-EV-" + id;
            case RECTIFICATION -> caseNumber + "-RF-" + id;
        };
    }

    @EventListener
    void on(CaseAccepted event) {
        Map<String, Object> record = caseRecord(RecordType.CASE_ACCEPTED, event.caseNumber(), event.serviceItemCode(),
                event.leadDepartmentCode(), event.acceptedAt());
        record.put("stateCode", "1");
        record.put("stateName", ProvinceCodes.stateName("1"));
        record.put("finishTime", null);
        write(RecordType.CASE_ACCEPTED, event.caseNumber(), null, record);
    }

    @EventListener
    void on(CaseClosed event) {
        Map<String, Object> record = caseRecord(RecordType.CASE_CLOSED, event.caseNumber(), event.serviceItemCode(),
                event.leadDepartmentCode(), event.closedAt());
        String state = ProvinceCodes.state(CaseStatus.CLOSED, event.outcome());
        record.put("stateCode", state);
        record.put("stateName", ProvinceCodes.stateName(state));
        record.put("finishTime", time(event.closedAt()));
        record.put("result", event.outcome() == Outcome.APPROVED ? "1" : "2");
        write(RecordType.CASE_CLOSED, event.caseNumber(), null, record);
    }

    /** Every evaluation but those the platform sent us: it has them. */
    @EventListener
    void on(EvaluationGiven event) {
        if (event.channel() == AnswerChannel.PROVINCE) {
            return;
        }
        Map<String, Object> record = header(RecordType.EVALUATION, event.caseNumber(), event.responseId());
        cases.forProvince(event.caseNumber()).ifPresent(c -> {
            record.put("serviceItemCode", c.serviceItemCode());
            record.put("serviceItemName", c.serviceItemName());
            record.put("implementingListCode", properties.implementingCodes().get(c.serviceItemCode()));
            record.put("departmentCode", c.leadDepartmentCode());
            record.put("departmentName", directory.departmentName(c.leadDepartmentCode(), Locale.CHINA));
        });
        record.put("evaluationId", String.valueOf(event.responseId()));
        record.put("evaluationChannel", ProvinceCodes.evaluationChannel(event.channel()));
        record.put("overall", event.overall());
        record.put("overallName", ProvinceCodes.ratingName(event.overall()));
        record.put("indicatorSetVersion", event.indicatorSetVersion());
        List<Map<String, Object>> ratings = new ArrayList<>();
        event.scores().forEach((code, score) -> {
            Map<String, Object> rating = new LinkedHashMap<>();
            rating.put("indicator", code);
            rating.put("score", score);
            ratings.add(rating);
        });
        record.put("ratings", ratings);
        record.put("comment", event.comment());
        record.put("staffUsername", event.staffEvaluated());
        record.put("staffName",
                event.staffEvaluated() == null ? null : directory.staffName(event.staffEvaluated(), Locale.CHINA));
        record.put("evaluateTime", time(event.answeredAt()));
        write(RecordType.EVALUATION, event.caseNumber(), event.responseId(), record);
    }

    @EventListener
    void on(RectificationConcluded event) {
        Map<String, Object> record = header(RecordType.RECTIFICATION, event.caseNumber(), event.rectificationId());
        record.put("rectificationId", String.valueOf(event.rectificationId()));
        record.put("outcome", ProvinceCodes.rectificationOutcome(event.verdict()));
        record.put("measures", event.measures());
        record.put("openTime", time(event.openedAt()));
        record.put("verifyTime", time(event.verifiedAt()));
        record.put("rectifyTime", time(event.rectifiedAt()));
        record.put("feedbackTime", time(event.concludedAt()));
        record.put("onTime", event.onTime());
        write(RecordType.RECTIFICATION, event.caseNumber(), event.rectificationId(), record);
    }

    private Map<String, Object> caseRecord(RecordType type, String caseNumber, String itemCode, String departmentCode,
            Instant occurredAt) {
        Map<String, Object> record = header(type, caseNumber, null);
        ProvinceCase c = cases.forProvince(caseNumber).orElse(null);
        String department = c == null ? departmentCode : c.leadDepartmentCode();
        String item = c == null ? itemCode : c.serviceItemCode();
        record.put("caseName", c == null ? caseNumber : c.serviceItemName() + "（" + caseNumber + "）");
        record.put("serviceItemCode", item);
        record.put("serviceItemName", c == null ? null : c.serviceItemName());
        record.put("serviceItemVersion", c == null ? null : c.serviceItemVersion());
        record.put("implementingListCode", properties.implementingCodes().get(item));
        record.put("departmentCode", department);
        record.put("departmentName", directory.departmentName(department, Locale.CHINA));
        if (c != null) {
            String idType = ProvinceCodes.idType(c.idType());
            record.put("applicantType", ProvinceCodes.applicantType(c.applicantType()));
            record.put("applicantName", c.applicantName());
            record.put("idType", idType);
            record.put("idTypeName", ProvinceCodes.idTypeName(idType));
            record.put("idNumber", c.idNumber());
            record.put("mobile", c.mobile());
            record.put("applicantRegionCode", c.districtCode());
            record.put("source", ProvinceCodes.source(c.channel()));
            record.put("sourceName", ProvinceCodes.sourceName(c.channel()));
            record.put("applyTime", time(c.acceptedAt()));
            record.put("promisedTime", time(c.dueAt()));
        }
        record.put("occurredTime", time(occurredAt));
        return record;
    }

    private Map<String, Object> header(RecordType type, String caseNumber, Long id) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("recordId", recordId(type, caseNumber, id));
        record.put("recordType", type.name());
        record.put("caseNumber", caseNumber);
        record.put("regionCode", properties.regionCode());
        record.put("regionName", properties.regionName());
        return record;
    }

    private void write(RecordType type, String caseNumber, Long id, Map<String, Object> record) {
        Instant now = clock.instant();
        try {
            store.insert(recordId(type, caseNumber, id), type, caseNumber, json.writeValueAsString(record),
                    now.atZone(clock.getZone()).toLocalDate(), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Record " + recordId(type, caseNumber, id) + " could not be written", e);
        }
    }

    private String time(Instant instant) {
        return instant == null ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), clock.getZone()).format(TIME);
    }
}
