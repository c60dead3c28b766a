package org.onewindow.open311.web;

import static org.onewindow.open311.web.GeoServiceCatalog.AGENT_ROLE;
import static org.onewindow.open311.web.GeoServiceCatalog.CREDIT_CODE;
import static org.onewindow.open311.web.GeoServiceCatalog.ENTERPRISE_NAME;
import static org.onewindow.open311.web.GeoServiceCatalog.ID_NUMBER;
import static org.onewindow.open311.web.GeoServiceCatalog.MATERIAL;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.onewindow.catalog.ServiceItem;
import org.onewindow.intake.AgentRole;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.IdType;

/**
 * Reads a posted service request into the intake's registration, checking what only the API has (attributes,
 * coordinates, the parameters the hall keeps beside the case) and naming every problem by its API parameter. The
 * intake's own checks come after, in {@link RequestSubmission}; {@link #addIntakeProblem} names theirs.
 */
final class NewRequestValidator {

    // What a request may carry. The description, the address and the e-mail are kept by the intake, whose limits
    // they are; the rest are this module's.
    private static final int MAX_DESCRIPTION = CaseRegistration.MAX_ONLINE_NOTES;
    /** The intake keeps at most this much of an address: enough for the district, which is all it uses it for. */
    private static final int INTAKE_ADDRESS = CaseRegistration.MAX_ADDRESS;
    private static final int MAX_ADDRESS_STRING = 500;
    private static final int MAX_IDENTIFIER = 100;
    private static final int MAX_EMAIL = CaseRegistration.MAX_EMAIL;
    private static final int MAX_MEDIA_URL = 1000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> SINGLE_VALUED = Set.of(ID_NUMBER, CREDIT_CODE, ENTERPRISE_NAME, AGENT_ROLE);

    /**
     * A request as read: the registration and coordinates to keep, and the problems found by parameter, in the
     * order the client will read them.
     */
    record CheckedRequest(CaseRegistration registration, Double lat, Double lon, Map<String, String> errors) {
    }

    private NewRequestValidator() {
    }

    static CheckedRequest check(ServiceItem item, NewRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> single = singleValues(item, request.attributes(), errors);
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
            errors.put("description",
                    "description is too long: at most " + thousands(MAX_DESCRIPTION) + " characters.");
        }
        Double lat = coordinate(request.lat(), "lat", 90, errors);
        Double lon = coordinate(request.longitude(), "long", 180, errors);
        if ((request.lat() == null) != (request.longitude() == null)) {
            errors.put("lat/long", "lat and long go together: send both, or neither.");
        }
        checkLength(request.addressString(), "address_string", MAX_ADDRESS_STRING, errors);
        checkLength(request.addressId(), "address_id", MAX_IDENTIFIER, errors);
        checkLength(request.deviceId(), "device_id", MAX_IDENTIFIER, errors);
        checkLength(request.accountId(), "account_id", MAX_IDENTIFIER, errors);
        if (request.email() != null
                && (request.email().length() > MAX_EMAIL || !EMAIL.matcher(request.email()).matches())) {
            errors.put("email", "email '" + Echoes.shorten(request.email()) + "' is not an e-mail address.");
        }
        if (request.mediaUrl() != null && !isWebUrl(request.mediaUrl())) {
            errors.put("media_url", "media_url must be an http or https URL of at most " + thousands(MAX_MEDIA_URL)
                    + " characters.");
        }

        String address = request.addressString() == null || request.addressString().isBlank() ? null
                : request.addressString().strip().substring(0,
                        Math.min(INTAKE_ADDRESS, request.addressString().strip().length()));
        CaseRegistration registration = new CaseRegistration(IdType.RESIDENT_ID, idNumber, name, mobile, item.code(),
                List.of(), request.description(), Channel.ONLINE, null, address, enterprise,
                request.email() == null || request.email().isBlank() ? null : request.email().strip());
        return new CheckedRequest(registration, lat, lon, errors);
    }

    /** The values of the single-valued attributes; the others are refused, into {@code errors}. */
    private static Map<String, String> singleValues(ServiceItem item, Map<String, List<String>> attributes,
            Map<String, String> errors) {
        Map<String, String> single = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> attribute : attributes.entrySet()) {
            String code = attribute.getKey();
            String parameter = "attribute[" + Echoes.shorten(code) + "]";
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
        return single;
    }

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
                        + Echoes.shorten(roleValue) + "'.");
            }
        }
        return new EnterpriseApplicant(code, attributes.get(ENTERPRISE_NAME), role);
    }

    private static boolean isMaterialAttribute(ServiceItem item, String code) {
        try {
            int position = Integer.parseInt(code.substring(MATERIAL.length()));
            return position >= 1 && position <= item.materials().size();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A problem the intake found, under the API's parameter name; a parameter already refused keeps its own
     * message.
     */
    static void addIntakeProblem(Map<String, String> errors, String field, String problem) {
        String parameter = switch (field) {
            case "idNumber" -> "attribute[ID_NUMBER]";
            case "citizenName" -> "first_name";
            case "mobile" -> "phone";
            case "notes" -> "description";
            case "serviceItemCode" -> "service_code";
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
        errors.put(parameter, parameter + " '" + Echoes.shorten(value) + "' is not a WGS84 "
                + (limit == 90 ? "latitude" : "longitude") + " (a number from -" + (int) limit + " to " + (int) limit
                + ").");
        return null;
    }

    private static void checkLength(String value, String parameter, int max, Map<String, String> errors) {
        if (value != null && value.length() > max) {
            errors.put(parameter, parameter + " is too long: at most " + max + " characters.");
        }
    }

    private static boolean isWebUrl(String value) {
        if (value.length() > MAX_MEDIA_URL) {
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

    /** Limits as the messages have always written them: 4,000 rather than 4000. */
    private static String thousands(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
