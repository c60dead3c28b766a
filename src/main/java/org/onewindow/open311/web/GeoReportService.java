package org.onewindow.open311.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.onewindow.casework.OpenStepsOfCase;
import org.onewindow.casework.OpenStepsService;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.AgentRole;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.InvalidRegistrationException;
import org.onewindow.intake.Outcome;
import org.onewindow.intake.PublicCaseQuery;
import org.onewindow.intake.PublicCaseStatus;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.open311.Open311Properties;
import org.onewindow.open311.internal.ApiClient;
import org.onewindow.open311.internal.CatalogChangeset;
import org.onewindow.open311.internal.OnlineRequest;
import org.onewindow.open311.internal.OnlineRequestStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The GeoReport v2 resources on the hall's modules: catalog items as services, online requests as cases of the
 * ONLINE channel, and cases as service requests whose public face carries nothing about the citizen.
 */
@Service
class GeoReportService {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** The specification's response volume: at most 1,000 requests, over at most 90 days. */
    static final int MAX_REQUESTS = 1000;
    static final Duration MAX_SPAN = Duration.ofDays(90);
    static final String ID_NUMBER = "ID_NUMBER";
    static final String MATERIAL = "MATERIAL_";
    static final String CREDIT_CODE = "CREDIT_CODE";
    static final String ENTERPRISE_NAME = "ENTERPRISE_NAME";
    static final String AGENT_ROLE = "AGENT_ROLE";
    /** The intake keeps at most this much of an address: enough for the district, which is all it uses it for. */
    private static final int INTAKE_ADDRESS = 200;
    static final int MAX_DESCRIPTION = 4000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final List<String> FORMATS = List.of(Format.XML.mediaType.toString().split(";")[0],
            Format.JSON.mediaType.toString().split(";")[0]);

    private final CatalogService catalog;
    private final DirectoryService directory;
    private final CaseRegistrationService intake;
    private final CaseRecordService caseRecords;
    private final OpenStepsService progress;
    private final OnlineRequestStore onlineRequests;
    private final CatalogChangeset changeset;
    private final Open311Properties properties;
    private final Clock clock;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    GeoReportService(CatalogService catalog, DirectoryService directory, CaseRegistrationService intake,
            CaseRecordService caseRecords, OpenStepsService progress, OnlineRequestStore onlineRequests,
            CatalogChangeset changeset, Open311Properties properties, Clock clock) {
        this.catalog = catalog;
        this.directory = directory;
        this.intake = intake;
        this.caseRecords = caseRecords;
        this.progress = progress;
        this.onlineRequests = onlineRequests;
        this.changeset = changeset;
        this.properties = properties;
        this.clock = clock;
        this.dateTime = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(clock.getZone());
        this.date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(clock.getZone());
    }

    /** Any jurisdiction_id but the hall's own is unknown here; leaving it out is fine, since there is only one. */
    public void checkJurisdiction(String jurisdictionId) {
        if (jurisdictionId != null && !jurisdictionId.equalsIgnoreCase(properties.jurisdictionId())) {
            throw GeoReportException.notFound("jurisdiction_id '" + shorten(jurisdictionId) + "' was not found: this "
                    + "endpoint serves " + properties.jurisdictionId() + " only.");
        }
    }

    // Not transactional: the changeset is recorded with statements of its own (see CatalogChangeset).
    public Discovery discovery() {
        List<ServiceItem> items = catalog.all();
        StringBuilder published = new StringBuilder(properties.toString());
        published.append(DocumentWriter.list(Format.JSON, "services", "service", items.stream().map(this::service).toList()));
        items.forEach(item -> published.append(DocumentWriter.object(Format.JSON, "service_definition", definition(item))));
        String changed = dateTime.format(changeset.lastChange(published.toString()).truncatedTo(ChronoUnit.SECONDS));
        return new Discovery(changed, properties.contact(), properties.keyService(), List.of(new DiscoveryEndpoint(
                SPECIFICATION, properties.endpointUrl(), changed, properties.endpointType(), FORMATS)));
    }

    public List<GeoService> services() {
        return catalog.all().stream().map(this::service).toList();
    }

    private GeoService service(ServiceItem item) {
        List<String> keywords = new ArrayList<>();
        keywords.add(item.code());
        keywords.add(directory.departmentName(item.leadDepartmentCode()));
        item.collaboratingDepartmentCodes().forEach(code -> keywords.add(directory.departmentName(code)));
        String description = (item.description() == null || item.description().isBlank() ? "" : item.description().trim() + " ")
                + "Promised time limit: " + days(item.timeLimitWorkingDays()) + "."
                + (item.atMostOneVisit() ? " At most one visit to the hall." : "");
        // metadata is always true: every item asks for the applicant's resident ID number (see definition()).
        return new GeoService(item.code(), item.name(), description, true, "realtime", String.join(", ", keywords),
                directory.departmentName(item.leadDepartmentCode()));
    }

    /**
     * The applicant's resident ID number, which the hall registers every case under, as the one input; each
     * required material as information (variable false): materials are shown at a window, not sent through the API.
     */
    public ServiceDefinition definition(String serviceCode) {
        return definition(item(serviceCode));
    }

    private ServiceDefinition definition(ServiceItem item) {
        List<ServiceAttribute> attributes = new ArrayList<>();
        attributes.add(new ServiceAttribute(true, ID_NUMBER, "string", true,
                "18 characters: 17 digits and a check digit or X, e.g. 11010519491231002X", 1,
                "Resident ID number of the applicant. The hall registers a case only for an identified applicant; "
                        + "the number is checked as at the window and never published.", List.of()));
        // An enterprise applies through the person above, its legal representative or an authorised agent.
        attributes.add(new ServiceAttribute(true, CREDIT_CODE, "string", false,
                "18 characters: digits and capital letters except I, O, Z, S and V, e.g. 91350100M000100Y43", 2,
                "Unified social credit code of the enterprise applying, as on its business licence. Leave it out when "
                        + "the person applies for themselves.", List.of()));
        attributes.add(new ServiceAttribute(true, ENTERPRISE_NAME, "string", false, null, 3,
                "Registered name of the enterprise; required with CREDIT_CODE.", List.of()));
        attributes.add(new ServiceAttribute(true, AGENT_ROLE, "singlevaluelist", false, null, 4,
                "How the person stands for the enterprise; AGENT when not given.",
                List.of(new AttributeValue(AgentRole.LEGAL_REPRESENTATIVE.name(), "Legal representative"),
                        new AttributeValue(AgentRole.AGENT.name(), "Authorised agent"))));
        List<String> materials = item.requiredMaterials();
        for (int i = 0; i < materials.size(); i++) {
            attributes.add(new ServiceAttribute(false, MATERIAL + (i + 1), "string", false, null, i + 5,
                    "Required material: " + materials.get(i) + ". Bring it to any window of the hall; the front desk "
                            + "checks it at the acceptance review.", List.of()));
        }
        return new ServiceDefinition(item.code(), attributes);
    }

    private ServiceItem item(String serviceCode) {
        if (serviceCode == null) {
            throw GeoReportException.badRequest("service_code was not provided: choose one from services.xml or services.json.");
        }
        return catalog.item(serviceCode).orElseThrow(() -> GeoReportException.notFound("service_code '"
                + shorten(serviceCode) + "' was not found: see services.xml or services.json for the hall's services."));
    }

    /** Registers the request as a case of the ONLINE channel, with what it carried besides, in one transaction. */
    @Transactional
    public CreatedRequest submit(ApiClient client, NewRequest request) {
        checkJurisdiction(request.jurisdictionId());
        ServiceItem item = item(request.serviceCode());
        Map<String, String> errors = new LinkedHashMap<>();

        Map<String, String> single = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> attribute : request.attributes().entrySet()) {
            String code = attribute.getKey();
            String parameter = "attribute[" + shorten(code) + "]";
            if (SINGLE_VALUED.contains(code)) {
                List<String> values = attribute.getValue().stream().filter(value -> !value.isBlank()).toList();
                if (values.size() > 1) {
                    errors.put(parameter, parameter + " takes one value, not " + values.size() + ".");
                } else if (values.size() == 1) {
                    single.put(code, values.get(0));
                }
            } else if (code.startsWith(MATERIAL) && isMaterialAttribute(item, code)) {
                errors.put(parameter, parameter + " is information for the applicant (variable false) and takes no "
                        + "value: materials are shown at a window.");
            } else {
                errors.put(parameter, parameter + " is not an attribute of service " + item.code() + "; see services/"
                        + item.code() + ".xml for its definition.");
            }
        }
        String idNumber = single.get(ID_NUMBER);
        EnterpriseApplicant enterprise = enterprise(single, errors);
        if (idNumber == null) {
            errors.putIfAbsent("attribute[ID_NUMBER]", "attribute[ID_NUMBER] is required: the applicant's resident ID "
                    + "number (18 characters), under which the hall registers the case.");
        }
        String name = fullName(request.firstName(), request.lastName());
        if (name == null) {
            errors.put("first_name", "first_name and last_name are missing: the hall registers a case under the "
                    + "applicant's name.");
        }
        // Optional, as GeoReport v2 has it: without a phone the hall writes to the e-mail address, and without
        // either it registers the case but tells nobody (the case says so).
        String mobile = request.phone() == null || request.phone().isBlank() ? null : mobile(request.phone());
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION) {
            errors.put("description", "description is too long: at most 4,000 characters.");
        }
        Double lat = coordinate(request.lat(), "lat", 90, errors);
        Double lon = coordinate(request.longitude(), "long", 180, errors);
        if ((request.lat() == null) != (request.longitude() == null)) {
            errors.put("lat/long", "lat and long go together: send both, or neither.");
        }
        checkLength(request.addressString(), "address_string", 500, errors);
        checkLength(request.addressId(), "address_id", 100, errors);
        checkLength(request.deviceId(), "device_id", 100, errors);
        checkLength(request.accountId(), "account_id", 100, errors);
        if (request.email() != null && (request.email().length() > 254 || !EMAIL.matcher(request.email()).matches())) {
            errors.put("email", "email '" + shorten(request.email()) + "' is not an e-mail address.");
        }
        if (request.mediaUrl() != null && !isWebUrl(request.mediaUrl())) {
            errors.put("media_url", "media_url must be an http or https URL of at most 1,000 characters.");
        }

        // The same checks as at the window, for the values that came; the parameters already refused above keep
        // their own message.
        String address = request.addressString() == null || request.addressString().isBlank() ? null
                : request.addressString().strip().substring(0, Math.min(INTAKE_ADDRESS, request.addressString().strip().length()));
        CaseRegistration registration = new CaseRegistration(IdType.RESIDENT_ID, idNumber, name, mobile, item.code(),
                List.of(), request.description(), Channel.ONLINE, null, address, enterprise,
                request.email() == null || request.email().isBlank() ? null : request.email().strip());
        intake.validate(registration).forEach((field, problem) -> addFieldError(errors, field, problem));
        if (!errors.isEmpty()) {
            throw GeoReportException.badRequest(List.copyOf(errors.values()));
        }

        RegisteredCase registered;
        try {
            registered = intake.registerOnline(registration, "open311:" + client.name());
        } catch (InvalidRegistrationException e) {
            Map<String, String> late = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, problem) -> addFieldError(late, field, problem));
            throw GeoReportException.badRequest(List.copyOf(late.values()));
        }
        Instant now = clock.instant();
        onlineRequests.insert(new OnlineRequest(registered.caseNumber(), client.keyId(), client.name(),
                request.jurisdictionId(), request.addressString(), request.addressId(), lat, lon, request.email(),
                request.deviceId(), request.accountId(), request.mediaUrl(), now));
        return new CreatedRequest(registered.caseNumber(), notice(item, registered), request.accountId());
    }

    private static final java.util.Set<String> SINGLE_VALUED = java.util.Set.of(ID_NUMBER, CREDIT_CODE, ENTERPRISE_NAME,
            AGENT_ROLE);

    /** The enterprise applying, when the request names one; its problems go to {@code errors}. */
    private static EnterpriseApplicant enterprise(Map<String, String> attributes, Map<String, String> errors) {
        String code = attributes.get(CREDIT_CODE);
        if (code == null) {
            for (String other : List.of(ENTERPRISE_NAME, AGENT_ROLE)) {
                if (attributes.containsKey(other)) {
                    errors.put("attribute[" + other + "]", "attribute[" + other + "] goes with attribute[CREDIT_CODE]: "
                            + "send the enterprise's code too, or leave both out when a person applies for themselves.");
                }
            }
            return null;
        }
        AgentRole role = AgentRole.AGENT;
        String roleValue = attributes.get(AGENT_ROLE);
        if (roleValue != null) {
            try {
                role = AgentRole.valueOf(roleValue);
            } catch (IllegalArgumentException e) {
                errors.put("attribute[AGENT_ROLE]", "attribute[AGENT_ROLE] must be LEGAL_REPRESENTATIVE or AGENT, not '"
                        + shorten(roleValue) + "'.");
            }
        }
        return new EnterpriseApplicant(code, attributes.get(ENTERPRISE_NAME), role);
    }

    private String notice(ServiceItem item, RegisteredCase registered) {
        return "Registered as case " + registered.caseNumber() + ". Please bring these materials to any window of the "
                + "hall for the acceptance review: " + String.join("; ", item.requiredMaterials()) + ". The decision "
                + "is promised within " + days(item.timeLimitWorkingDays()) + ", by "
                + date.format(registered.details().dueAt()) + ".";
    }

    private static boolean isMaterialAttribute(ServiceItem item, String code) {
        try {
            int position = Integer.parseInt(code.substring(MATERIAL.length()));
            return position >= 1 && position <= item.requiredMaterials().size();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The intake's field names in the API's parameter names. */
    private static void addFieldError(Map<String, String> errors, String field, String problem) {
        String parameter = switch (field) {
            case "idNumber" -> "attribute[ID_NUMBER]";
            case "citizenName" -> "first_name";
            case "mobile" -> "phone";
            case "notes" -> "description";
            case "serviceItem" -> "service_code";
            case "creditCode" -> "attribute[CREDIT_CODE]";
            case "enterpriseName" -> "attribute[ENTERPRISE_NAME]";
            case "agentRole" -> "attribute[AGENT_ROLE]";
            case "address" -> "address_string";
            default -> field;
        };
        String label = parameter.equals("first_name") ? "first_name, last_name" : parameter;
        errors.putIfAbsent(parameter, label + ": " + problem);
    }

    /**
     * Chinese names are written family name first without a space (张 + 三 = 张三), others given name first. Null
     * when neither part came.
     */
    static String fullName(String firstName, String lastName) {
        if (firstName == null || lastName == null) {
            return firstName != null ? firstName : lastName;
        }
        boolean han = (firstName + lastName).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? lastName + firstName : firstName + " " + lastName;
    }

    /** Phones come as people write them: spaces, dashes, brackets and the +86 country code are dropped. */
    static String mobile(String phone) {
        String digits = phone.replaceAll("[\\s\\-()]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return digits;
    }

    private static Double coordinate(String value, String parameter, double limit, Map<String, String> errors) {
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number) && Math.abs(number) <= limit) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(parameter, parameter + " '" + shorten(value) + "' is not a WGS84 " + (limit == 90 ? "latitude" : "longitude")
                + " (a number from -" + (int) limit + " to " + (int) limit + ").");
        return null;
    }

    private static void checkLength(String value, String parameter, int max, Map<String, String> errors) {
        if (value != null && value.length() > max) {
            errors.put(parameter, parameter + " is too long: at most " + max + " characters.");
        }
    }

    private static boolean isWebUrl(String value) {
        if (value.length() > 1000) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * GET requests: by service_request_id (which overrides every other argument), or else by service codes, a
     * range of requested_datetime of at most 90 days (the last 90 days by default) and status; newest first, at
     * most 1,000.
     */
    @Transactional(readOnly = true)
    public List<ServiceRequest> requests(RequestQuery query) {
        checkJurisdiction(query.jurisdictionId());
        if (query.serviceRequestIds() != null) {
            Set<String> ids = list(query.serviceRequestIds());
            if (ids.size() > MAX_REQUESTS) {
                throw GeoReportException.badRequest("service_request_id lists at most 1,000 requests at once.");
            }
            return ids.isEmpty() ? List.of()
                    : publish(caseRecords.publicStatuses(PublicCaseQuery.byNumbers(ids), MAX_REQUESTS));
        }
        List<String> errors = new ArrayList<>();
        Set<String> codes = list(query.serviceCodes());
        for (String code : codes) {
            if (catalog.item(code).isEmpty()) {
                throw GeoReportException.notFound("service_code '" + shorten(code) + "' was not found: see services.xml "
                        + "or services.json for the hall's services.");
            }
        }
        Boolean open = null;
        Set<String> statuses = list(query.status());
        for (String status : statuses) {
            if (!status.equals("open") && !status.equals("closed")) {
                errors.add("status '" + shorten(status) + "' is not a status: use open, closed, or both comma-separated.");
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
        return publish(caseRecords.publicStatuses(new PublicCaseQuery(Set.of(), codes, start, end.plusNanos(1), open),
                MAX_REQUESTS));
    }

    @Transactional(readOnly = true)
    public ServiceRequest request(String serviceRequestId, String jurisdictionId) {
        checkJurisdiction(jurisdictionId);
        List<ServiceRequest> found = publish(caseRecords.publicStatuses(
                PublicCaseQuery.byNumbers(Set.of(serviceRequestId)), 1));
        if (found.isEmpty()) {
            throw GeoReportException.notFound("service_request_id '" + shorten(serviceRequestId) + "' was not found.");
        }
        return found.get(0);
    }

    private List<ServiceRequest> publish(List<PublicCaseStatus> cases) {
        Map<String, OpenStepsOfCase> steps = progress.progress(cases.stream().filter(c -> c.status().isOpen())
                .map(PublicCaseStatus::caseNumber).toList());
        return cases.stream().map(c -> publish(c, steps.get(c.caseNumber()))).toList();
    }

    private ServiceRequest publish(PublicCaseStatus c, OpenStepsOfCase steps) {
        Instant updated = c.status().isOpen()
                ? steps == null || steps.since().isBefore(c.acceptedAt()) ? c.acceptedAt() : steps.since()
                : c.closedAt();
        return new ServiceRequest(c.caseNumber(), c.status().isOpen() ? "open" : "closed", statusNotes(c, steps),
                c.serviceItemName(), c.serviceItemCode(), null, directory.departmentName(c.leadDepartmentCode()), null,
                format(c.acceptedAt()), format(updated), format(c.dueAt()), null, null, null, null, null, null);
    }

    /** From fixed phrases only: the reasons staff write may name the citizen. */
    private static String statusNotes(PublicCaseStatus c, OpenStepsOfCase steps) {
        if (c.status() == CaseStatus.CLOSED) {
            return c.outcome() == Outcome.APPROVED ? "Closed: approved, and the result was delivered."
                    : c.outcome() == Outcome.REJECTED ? "Closed: rejected; the applicant was given the reasons in writing."
                    : "Closed.";
        }
        if (c.status() == CaseStatus.WITHDRAWN) {
            return "Withdrawn: the missing materials were not brought in time.";
        }
        if (c.status() == CaseStatus.WAITING_FOR_MATERIALS) {
            return "Waiting for missing materials from the applicant; the time limit stops meanwhile.";
        }
        if (steps == null) {
            return "In progress.";
        }
        return "In progress: " + String.join(", ", steps.openSteps()) + ".";
    }

    private String format(Instant instant) {
        return instant == null ? null : dateTime.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** W3C date-times with a time zone; a '+' of an offset that came unencoded in the query reads as a space. */
    private static Instant instant(String value, String parameter, List<String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.replace(' ', '+')).toInstant();
        } catch (DateTimeException e) {
            errors.add(parameter + " '" + shorten(value) + "' is not a w3 date-time with a time zone, e.g. "
                    + "2010-01-01T00:00:00Z or 2010-01-01T08:00:00+08:00.");
            return null;
        }
    }

    private static Set<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(value -> !value.isEmpty()).forEach(values::add);
        return values;
    }

    private static String days(int workingDays) {
        return workingDays + (workingDays == 1 ? " working day" : " working days");
    }

    /** Echoes of what a client sent are kept short: an error message is no place for a client's whole input. */
    static String shorten(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }
}
