package org.onewindow.support;

import java.util.List;

/**
 * Every required material of a demo item, as the window ticks them: with these in hand a window registration is
 * the case's acceptance and the case goes straight to its lead department ({@code ServiceItem#acceptedOnRegistration}).
 */
public final class ChecklistInHand {

    private ChecklistInHand() {
    }

    public static List<String> of(String itemCode) {
        return switch (itemCode) {
            case "AMR-001" -> List.of("Application form", "Resident ID card of the operator",
                    "Proof of business premises");
            case "AMR-002" -> List.of("Application form", "Business licence", "Floor plan of the premises",
                    "Food safety management rules", "Health certificates of staff");
            case "AMR-003" -> List.of("Application form", "Articles of association", "ID cards of shareholders",
                    "Proof of registered address");
            case "CIVIL-001" -> List.of("Application form", "Household register", "Income statements",
                    "Housing statement");
            case "HRSS-001", "HRSS-004" -> List.of("Resident ID card");
            case "HRSS-002" -> List.of("Resident ID card", "Proof of termination of employment", "Bank card");
            default -> throw new IllegalArgumentException("No checklist kept here for " + itemCode);
        };
    }
}
