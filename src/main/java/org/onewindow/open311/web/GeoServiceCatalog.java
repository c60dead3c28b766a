package org.onewindow.open311.web;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.AgentRole;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/** The hall's catalog items as GeoReport services, and what a request for each of them carries. */
@Component
class GeoServiceCatalog {

    static final String ID_NUMBER = "ID_NUMBER";
    static final String MATERIAL = "MATERIAL_";
    static final String CREDIT_CODE = "CREDIT_CODE";
    static final String ENTERPRISE_NAME = "ENTERPRISE_NAME";
    static final String AGENT_ROLE = "AGENT_ROLE";

    private final CatalogService catalog;
    private final DirectoryService directory;

    GeoServiceCatalog(CatalogService catalog, DirectoryService directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    /** The published items that may be applied for online: a draft or a retired item is no service. */
    List<ServiceItem> items() {
        return catalog.all().stream().filter(ServiceItem::onlineApplication).toList();
    }

    List<GeoService> services() {
        return items().stream().map(this::service).toList();
    }

    GeoService service(ServiceItem item) {
        List<String> keywords = new ArrayList<>();
        keywords.add(item.code());
        keywords.add(directory.departmentName(item.leadDepartmentCode()));
        item.collaboratingDepartmentCodes().forEach(code -> keywords.add(directory.departmentName(code)));
        String guide = item.guide(Translations.ENGLISH);
        String description = (guide.isBlank() ? "" : guide.trim() + " ")
                + (item.kind() == ItemKind.INSTANT ? "Decided at the window on the spot."
                        : "Promised time limit: " + days(item.promisedLimitDays()) + ".")
                + " Legal time limit: " + days(item.legalLimitDays()) + "."
                + (item.atMostOneVisit() ? " At most one visit to the hall." : "");
        // metadata is always true: every item asks for the applicant's resident ID number (see definition()).
        return new GeoService(item.code(), item.name(Translations.ENGLISH), description, true, "realtime",
                String.join(", ", keywords),
                directory.departmentName(item.leadDepartmentCode()));
    }

    /**
     * The applicant's resident ID number, which the hall registers every case under, as the one input; each
     * required material as information (variable false): materials are shown at a window, not sent through the API.
     */
    ServiceDefinition definition(String serviceCode) {
        return definition(item(serviceCode));
    }

    ServiceDefinition definition(ServiceItem item) {
        List<ServiceAttribute> attributes = new ArrayList<>();
        attributes.add(new ServiceAttribute(true, ID_NUMBER, "string", true,
                "18 characters: 17 digits and a check digit or X, e.g. 11010519491231002X", 1,
                "Resident ID number of the applicant. The hall registers a case only for an identified applicant; "
                        + "the number is checked as at the window and never published.",
                List.of()));
        // An enterprise applies through the person above, its legal representative or an authorised agent.
        attributes.add(new ServiceAttribute(true, CREDIT_CODE, "string", false,
                "18 characters: digits and capital letters except I, O, Z, S and V, e.g. 91350100M000100Y43", 2,
                "Unified social credit code of the enterprise applying, as on its business licence. Leave it out when "
                        + "the person applies for themselves.",
                List.of()));
        attributes.add(new ServiceAttribute(true, ENTERPRISE_NAME, "string", false, null, 3,
                "Registered name of the enterprise; required with CREDIT_CODE.", List.of()));
        attributes.add(new ServiceAttribute(true, AGENT_ROLE, "singlevaluelist", false, null, 4,
                "How the person stands for the enterprise; AGENT when not given.",
                List.of(new AttributeValue(AgentRole.LEGAL_REPRESENTATIVE.name(), "Legal representative"),
                        new AttributeValue(AgentRole.AGENT.name(), "Authorised agent"))));
        List<MaterialRequirement> materials = item.materials();
        for (int i = 0; i < materials.size(); i++) {
            MaterialRequirement material = materials.get(i);
            attributes.add(new ServiceAttribute(false, MATERIAL + (i + 1), "string", false, null, i + 5,
                    (material.required() ? "Required material: " : "Material where it applies: ")
                            + material.name(Translations.ENGLISH) + " (" + (material.original() ? "original"
                                    : material.copies() + (material.copies() == 1 ? " copy" : " copies"))
                            + "). Bring it to any window of the hall; the front desk checks it at the acceptance "
                            + "review.",
                    List.of()));
        }
        return new ServiceDefinition(item.code(), attributes);
    }

    /** The item of a service_code a client sent; refused as the specification has it when missing or unknown. */
    ServiceItem item(String serviceCode) {
        if (serviceCode == null) {
            throw GeoReportException
                    .badRequest("service_code was not provided: choose one from services.xml or services.json.");
        }
        return catalog.item(serviceCode).filter(ServiceItem::onlineApplication)
                .orElseThrow(() -> unknown(serviceCode));
    }

    /** Whether every code names a service of the hall; refuses the first that does not. */
    void checkKnown(Iterable<String> serviceCodes) {
        for (String code : serviceCodes) {
            if (catalog.item(code).isEmpty()) {
                throw unknown(code);
            }
        }
    }

    private static GeoReportException unknown(String serviceCode) {
        return GeoReportException.notFound("service_code '" + Echoes.shorten(serviceCode) + "' was not found: see "
                + "services.xml or services.json for the hall's services.");
    }

    static String days(int workingDays) {
        return workingDays + (workingDays == 1 ? " working day" : " working days");
    }
}
