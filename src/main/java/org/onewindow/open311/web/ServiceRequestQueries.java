package org.onewindow.open311.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.PublicCaseQuery;
import org.onewindow.intake.PublicCaseStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** GET requests: where cases stand, found by case number or by service, time and status. */
@Service
class ServiceRequestQueries {

    /** The specification's response volume: at most 1,000 requests, over at most 90 days. */
    private static final int MAX_REQUESTS = 1000;
    private static final Duration MAX_SPAN = Duration.ofDays(90);

    private final HallJurisdiction jurisdiction;
    private final GeoServiceCatalog services;
    private final CaseRecordService intake;
    private final PublicServiceRequests publicFace;
    private final Clock clock;

    ServiceRequestQueries(HallJurisdiction jurisdiction, GeoServiceCatalog services, CaseRecordService intake,
            PublicServiceRequests publicFace, Clock clock) {
        this.jurisdiction = jurisdiction;
        this.services = services;
        this.intake = intake;
        this.publicFace = publicFace;
        this.clock = clock;
    }

    /**
     * GET requests: by service_request_id (which overrides every other argument), or else by service codes, a
     * range of requested_datetime of at most 90 days (the last 90 days by default) and status; newest first, at
     * most 1,000.
     */
    @Transactional(readOnly = true)
    public List<ServiceRequest> requests(RequestQuery query) {
        jurisdiction.check(query.jurisdictionId());
        if (query.serviceRequestIds() != null) {
            Set<String> ids = list(query.serviceRequestIds());
            if (ids.size() > MAX_REQUESTS) {
                throw GeoReportException.badRequest("service_request_id lists at most 1,000 requests at once.");
            }
            return ids.isEmpty() ? List.of() : find(PublicCaseQuery.byNumbers(ids), MAX_REQUESTS);
        }
        List<String> errors = new ArrayList<>();
        Set<String> codes = list(query.serviceCodes());
        services.checkKnown(codes);
        Boolean open = null;
        Set<String> statuses = list(query.status());
        for (String status : statuses) {
            if (!status.equals("open") && !status.equals("closed")) {
                errors.add("status '" + Echoes.shorten(status) + "' is not a status: use open, closed, or both "
                        + "comma-separated.");
            }
        }
        if (statuses.size() == 1 && errors.isEmpty()) {
            open = statuses.contains("open");
        }
        Instant start = instant(query.startDate(), "start_date", errors);
        Instant end = instant(query.endDate(), "end_date", errors);
        if (!errors.isEmpty()) {
            throw GeoReportException.badRequest(errors);
        }
        if (start == null && end == null) {
            end = clock.instant();
        }
        if (start == null) {
            start = end.minus(MAX_SPAN);
        } else if (end == null) {
            end = start.plus(MAX_SPAN);
        }
        if (end.isBefore(start)) {
            throw GeoReportException.badRequest("end_date is before start_date.");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw GeoReportException.badRequest("start_date and end_date may span at most 90 days.");
        }
        // end_date is the latest time to include.
        return find(new PublicCaseQuery(Set.of(), codes, start, end.plusNanos(1), open), MAX_REQUESTS);
    }

    @Transactional(readOnly = true)
    public ServiceRequest request(String serviceRequestId, String jurisdictionId) {
        jurisdiction.check(jurisdictionId);
        List<ServiceRequest> found = find(PublicCaseQuery.byNumbers(Set.of(serviceRequestId)), 1);
        if (found.isEmpty()) {
            throw GeoReportException
                    .notFound("service_request_id '" + Echoes.shorten(serviceRequestId) + "' was not found.");
        }
        return found.get(0);
    }

    private List<ServiceRequest> find(PublicCaseQuery query, int limit) {
        List<PublicCaseStatus> cases = intake.publicStatuses(query, limit);
        return publicFace.of(cases);
    }

    /** W3C date-times with a time zone; a '+' of an offset that came unencoded in the query reads as a space. */
    private static Instant instant(String value, String parameter, List<String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.replace(' ', '+')).toInstant();
        } catch (DateTimeException e) {
            errors.add(parameter + " '" + Echoes.shorten(value) + "' is not a w3 date-time with a time zone, e.g. "
                    + "2010-01-01T00:00:00Z or 2010-01-01T08:00:00+08:00.");
            return null;
        }
    }

    private static Set<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(value -> !value.isEmpty())
                .forEach(values::add);
        return values;
    }
}
