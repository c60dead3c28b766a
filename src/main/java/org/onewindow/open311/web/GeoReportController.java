package org.onewindow.open311.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.onewindow.open311.internal.ApiClient;
import org.onewindow.open311.internal.ApiKeyAuthenticator;
import org.onewindow.open311.internal.ApiKeyCheck;
import org.onewindow.open311.internal.RequestRateLimiter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) under {@code /open311/v2}, and its service discovery.
 * Every resource ends in {@code .xml} or {@code .json}; reads are public, posting a request needs an API key.
 * Stateless: no session, no sign-in, the key travels with each request.
 */
@RestController
@RequestMapping("/open311")
@Tag(name = "Open311 GeoReport v2", description = "Services of the hall and requests to it, in XML or JSON")
class GeoReportController {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]+)\\](\\[\\])?");

    private final HallJurisdiction jurisdiction;
    private final ServiceDiscovery discovery;
    private final GeoServiceCatalog services;
    private final RequestSubmission submission;
    private final ServiceRequestQueries requests;
    private final ApiKeyAuthenticator apiKeys;
    private final RequestRateLimiter rateLimiter;

    GeoReportController(HallJurisdiction jurisdiction, ServiceDiscovery discovery, GeoServiceCatalog services,
            RequestSubmission submission, ServiceRequestQueries requests, ApiKeyAuthenticator apiKeys,
            RequestRateLimiter rateLimiter) {
        this.jurisdiction = jurisdiction;
        this.discovery = discovery;
        this.services = services;
        this.submission = submission;
        this.requests = requests;
        this.apiKeys = apiKeys;
        this.rateLimiter = rateLimiter;
    }

    // The specification wants discovery at a URL that will not change with the API's version, ending in
    // /discovery.<format>; it is also offered beside the v2 resources, where clients of v2 look first.
    @GetMapping({ "/discovery.{format}", "/v2/discovery.{format}" })
    @Operation(summary = "Service discovery", description = "Where the hall's GeoReport endpoint is, which formats "
            + "it speaks, when its services last changed, and how to get an API key.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = Discovery.class)),
            @Content(mediaType = "text/xml", schema = @Schema(implementation = Discovery.class)) })
    ResponseEntity<String> discovery(
            @PathVariable @Parameter(description = "xml or json", schema = @Schema(allowableValues = { "xml",
                    "json" })) String format) {
        Format answer = format(format);
        return ok(answer, DocumentWriter.object(answer, "discovery", discovery.discovery()));
    }

    @GetMapping("/v2/services.{format}")
    @Operation(summary = "GET Service List", description = "The hall's service items.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = GeoService.class))),
            @Content(mediaType = "text/xml", array = @ArraySchema(schema = @Schema(implementation = GeoService.class))) })
    @ApiResponse(responseCode = "404", description = "Unknown jurisdiction_id", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GeoError.class))))
    ResponseEntity<String> services(
            @PathVariable @Parameter(description = "xml or json", schema = @Schema(allowableValues = { "xml",
                    "json" })) String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Format answer = format(format);
        jurisdiction.check(blankToNull(jurisdictionId));
        return ok(answer, DocumentWriter.list(answer, "services", "service", services.services()));
    }

    @GetMapping("/v2/services/{serviceCode}.{format}")
    @Operation(summary = "GET Service Definition", description = "The attributes of a service: the applicant's "
            + "resident ID number to fill in, and the materials to bring to a window.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ServiceDefinition.class)),
            @Content(mediaType = "text/xml", schema = @Schema(implementation = ServiceDefinition.class)) })
    @ApiResponse(responseCode = "404", description = "Unknown service_code or jurisdiction_id", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GeoError.class))))
    ResponseEntity<String> serviceDefinition(
            @PathVariable @Parameter(name = "serviceCode", description = "service_code", example = "HRSS-001") String serviceCode,
            @PathVariable @Parameter(description = "xml or json", schema = @Schema(allowableValues = { "xml",
                    "json" })) String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Format answer = format(format);
        jurisdiction.check(blankToNull(jurisdictionId));
        return ok(answer, DocumentWriter.object(answer, "service_definition", services.definition(serviceCode)));
    }

    @PostMapping("/v2/requests.{format}")
    @Operation(summary = "POST Service Request", description = "Registers a case of the ONLINE channel; its acceptance "
            + "review waits at the front desk for the applicant's materials. Needs an API key; each key has a rate "
            + "limit per minute.", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE, schema = @Schema(implementation = NewRequestFields.class))))
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = CreatedRequest.class))),
            @Content(mediaType = "text/xml", array = @ArraySchema(schema = @Schema(implementation = CreatedRequest.class))) })
    @ApiResponse(responseCode = "400", description = "Missing or invalid parameters, every one listed", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GeoError.class))))
    @ApiResponse(responseCode = "403", description = "Missing, unknown or revoked api_key", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GeoError.class))))
    @ApiResponse(responseCode = "404", description = "Unknown service_code or jurisdiction_id", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GeoError.class))))
    @ApiResponse(responseCode = "429", description = "The key's requests per minute were used up; see Retry-After", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GeoError.class))))
    ResponseEntity<String> createRequest(
            @PathVariable @Parameter(description = "xml or json", schema = @Schema(allowableValues = { "xml",
                    "json" })) String format,
            @Parameter(hidden = true) HttpServletRequest request) {
        Format answer = format(format);
        String contentType = request.getContentType();
        if (contentType != null
                && !MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType))) {
            throw GeoReportException.badRequest("Send the request as application/x-www-form-urlencoded, not "
                    + Echoes.shorten(contentType) + ".");
        }
        ApiClient client = authenticate(request.getParameter("api_key"));
        RequestRateLimiter.Decision decision = rateLimiter.acquire(client);
        if (!decision.allowed()) {
            throw GeoReportException.tooManyRequests("The rate limit of this api_key (" + client.requestsPerMinute()
                    + " requests per minute) was reached; try again in a minute.", decision.retryAfter());
        }
        CreatedRequest created = submission.submit(client, newRequest(request));
        return ok(answer, DocumentWriter.list(answer, "service_requests", "request", List.of(created)));
    }

    @GetMapping("/v2/requests.{format}")
    @Operation(summary = "GET Service Requests", description = "Where cases stand: by service_request_id (which "
            + "overrides the other arguments), or by service_code, requested_datetime range (at most 90 days, the "
            + "last 90 days by default) and status; newest first, at most 1,000. Nothing about the applicant.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = ServiceRequest.class))),
            @Content(mediaType = "text/xml", array = @ArraySchema(schema = @Schema(implementation = ServiceRequest.class))) })
    @ApiResponse(responseCode = "400", description = "Invalid date, range or status", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GeoError.class))))
    @ApiResponse(responseCode = "404", description = "Unknown service_code or jurisdiction_id", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GeoError.class))))
    ResponseEntity<String> requests(
            @PathVariable @Parameter(description = "xml or json", schema = @Schema(allowableValues = { "xml",
                    "json" })) String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
            @RequestParam(name = "service_request_id", required = false) @Parameter(description = "Comma-separated case numbers") String serviceRequestIds,
            @RequestParam(name = "service_code", required = false) @Parameter(description = "Comma-separated service codes") List<String> serviceCodes,
            @RequestParam(name = "start_date", required = false) @Parameter(description = "w3 date-time with time zone", example = "2026-11-01T00:00:00+08:00") String startDate,
            @RequestParam(name = "end_date", required = false) @Parameter(description = "w3 date-time with time zone") String endDate,
            @RequestParam(name = "status", required = false) @Parameter(description = "open, closed, or both comma-separated") List<String> status) {
        Format answer = format(format);
        List<ServiceRequest> found = requests.requests(new RequestQuery(blankToNull(jurisdictionId),
                blankToNull(serviceRequestIds), joined(serviceCodes), blankToNull(startDate), blankToNull(endDate),
                joined(status)));
        return ok(answer, DocumentWriter.list(answer, "service_requests", "request", found));
    }

    @GetMapping("/v2/requests/{serviceRequestId}.{format}")
    @Operation(summary = "GET Service Request", description = "Where one case stands.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = ServiceRequest.class))),
            @Content(mediaType = "text/xml", array = @ArraySchema(schema = @Schema(implementation = ServiceRequest.class))) })
    @ApiResponse(responseCode = "404", description = "Unknown service_request_id or jurisdiction_id", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GeoError.class))))
    ResponseEntity<String> request(
            @PathVariable @Parameter(description = "service_request_id: the case number", example = "OW-20261128-00042") String serviceRequestId,
            @PathVariable @Parameter(description = "xml or json", schema = @Schema(allowableValues = { "xml",
                    "json" })) String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Format answer = format(format);
        ServiceRequest found = requests.request(serviceRequestId, blankToNull(jurisdictionId));
        return ok(answer, DocumentWriter.list(answer, "service_requests", "request", List.of(found)));
    }

    /** Anything else under /open311: answered in the specification's error format rather than the UI's 404 page. */
    @Hidden
    @RequestMapping("/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        throw GeoReportException.notFound("There is no GeoReport v2 resource " + request.getMethod() + " "
                + Echoes.shorten(request.getRequestURI()) + ". The resources are /open311/discovery, and "
                + "/open311/v2/services, /open311/v2/services/{service_code}, /open311/v2/requests and "
                + "/open311/v2/requests/{service_request_id}, each ending in .xml or .json.");
    }

    private ApiClient authenticate(String apiKey) {
        ApiKeyCheck check = apiKeys.check(apiKey);
        if (check instanceof ApiKeyCheck.Valid valid) {
            return valid.client();
        }
        if (check instanceof ApiKeyCheck.Missing) {
            throw GeoReportException.forbidden("api_key is missing: posting a service request needs an API key from "
                    + "the hall's administrators.");
        }
        if (check instanceof ApiKeyCheck.Revoked) {
            throw GeoReportException
                    .forbidden("This api_key was revoked; ask the hall's administrators for a new one.");
        }
        // The specification's own example of this error.
        throw GeoReportException.forbidden("Invalid api_key received -- can't proceed with create_request.");
    }

    private static NewRequest newRequest(HttpServletRequest request) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            Matcher matcher = ATTRIBUTE.matcher(name);
            if (matcher.matches()) {
                attributes.computeIfAbsent(matcher.group(1), code -> new ArrayList<>())
                        .addAll(Arrays.stream(values).map(String::trim).toList());
            }
        });
        return new NewRequest(param(request, "jurisdiction_id"), param(request, "service_code"), param(request, "lat"),
                param(request, "long"), param(request, "address_string"), param(request, "address_id"),
                param(request, "email"), param(request, "device_id"), param(request, "account_id"),
                param(request, "first_name"), param(request, "last_name"), param(request, "phone"),
                param(request, "description"), param(request, "media_url"), attributes);
    }

    private static String param(HttpServletRequest request, String name) {
        return blankToNull(request.getParameter(name));
    }

    private static Format format(String extension) {
        return Format.of(extension).orElseThrow(() -> GeoReportException.notFound("There is no ."
                + Echoes.shorten(extension) + " form of this resource: GeoReport v2 answers in .xml and .json."));
    }

    private static ResponseEntity<String> ok(Format format, String body) {
        return ResponseEntity.ok().contentType(format.mediaType).body(body);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Repeated and comma-separated values alike, as the specification allows both. */
    private static String joined(List<String> values) {
        return values == null ? null : blankToNull(String.join(",", values));
    }
}
