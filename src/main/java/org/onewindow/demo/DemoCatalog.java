package org.onewindow.demo;

import java.util.List;

import org.onewindow.catalog.ServiceItem;

/** Service items of the demo hall, modelled on a county government service centre's catalog. */
final class DemoCatalog {

    static final List<ServiceItem> ITEMS = List.of(
            new ServiceItem("AMR-001", "Individual business licence",
                    "Registration of an individual industrial and commercial household.", "AMR", List.of(),
                    List.of("Application form", "Resident ID card of the operator", "Proof of business premises"), 3,
                    true),
            new ServiceItem("AMR-002", "Food business licence",
                    "Licence to sell or serve food, with a health check of the premises.", "AMR", List.of("HEALTH"),
                    List.of("Application form", "Business licence", "Floor plan of the premises",
                            "Food safety management rules", "Health certificates of staff"),
                    10, false),
            new ServiceItem("AMR-003", "Company establishment registration",
                    "Company registration with seal engraving and social insurance registration in one go.", "AMR",
                    List.of("PSB", "HRSS"),
                    List.of("Application form", "Articles of association", "ID cards of shareholders",
                            "Proof of registered address"),
                    3, true),
            new ServiceItem("HRSS-001", "Social security card application",
                    "First issue or replacement of a social security card.", "HRSS", List.of(),
                    List.of("Resident ID card", "Recent photo"), 5, true),
            new ServiceItem("HRSS-002", "Unemployment insurance benefit",
                    "Claim for unemployment benefit after the end of employment.", "HRSS", List.of("CIVIL"),
                    List.of("Resident ID card", "Proof of termination of employment", "Bank card"), 10, false),
            new ServiceItem("HRSS-003", "Pension insurance transfer",
                    "Transfer of basic pension insurance between regions.", "HRSS", List.of(),
                    List.of("Resident ID card", "Insurance record from the previous region", "Transfer application"),
                    15, false),
            new ServiceItem("PSB-001", "Residence certificate",
                    "Residence certificate for residents from other regions.", "PSB", List.of(),
                    List.of("Resident ID card", "Proof of residence (lease or property certificate)", "Recent photo"),
                    7, true),
            new ServiceItem("PSB-002", "Household registration transfer",
                    "Moving household registration (hukou) into the county.", "PSB", List.of("HOUSING"),
                    List.of("Household register", "Resident ID card", "Property certificate", "Migration certificate"),
                    10, false),
            new ServiceItem("CIVIL-001", "Minimum living allowance",
                    "Application for the minimum living security (dibao) for a household.", "CIVIL",
                    List.of("HRSS", "HOUSING"),
                    List.of("Application form", "Household register", "Income statements", "Housing statement"), 20,
                    false),
            new ServiceItem("CIVIL-002", "Elderly care subsidy",
                    "Subsidy for home care of elderly residents over 80 or with disabilities.", "CIVIL",
                    List.of("HEALTH"),
                    List.of("Application form", "Resident ID card", "Health assessment"), 15, false),
            new ServiceItem("HOUSING-001", "Construction works permit",
                    "Permit to start construction works, with fire design review and planning check.", "HOUSING",
                    List.of("NATRES", "FIRE"),
                    List.of("Application form", "Land use certificate", "Planning permit",
                            "Construction drawings review",
                            "Construction contract"),
                    15, false),
            new ServiceItem("NATRES-001", "Real estate registration",
                    "Registration of transfer of real estate ownership.", "NATRES", List.of("HOUSING"),
                    List.of("Application form", "Resident ID cards of both parties", "Sale contract", "Tax receipt"), 5,
                    true),
            new ServiceItem("NATRES-002", "Land use planning permit",
                    "Planning permit for land use of a construction project.", "NATRES", List.of("HOUSING"),
                    List.of("Application form", "Land ownership documents", "Site plan"), 20, false),
            new ServiceItem("FIRE-001", "Fire safety inspection before opening",
                    "Fire safety inspection of public venues before they open.", "FIRE", List.of("AMR"),
                    List.of("Application form", "Business licence", "Fire safety plan", "Floor plan"), 10, false));

    private DemoCatalog() {
    }
}
