package org.onewindow.casework.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onewindow.casework.RegionMatch;
import org.onewindow.casework.RoutingProblem;
import org.onewindow.casework.RoutingRule;
import org.onewindow.casework.RoutingRuleField;
import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.Region;
import org.onewindow.intake.Regions;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Checks routing rules: each rule by itself (what it names exists, the lead department is not also collaborating)
 * and the table as a whole (not empty; with the first-match hit policy, no rule that an earlier one shadows — a
 * warning, since deploying it does no harm, but the rule never applies).
 */
@Component
class RoutingRuleValidator {

    private final CatalogService catalog;
    private final DirectoryService directory;
    private final Regions regions;

    RoutingRuleValidator(CatalogService catalog, DirectoryService directory, Regions regions) {
        this.catalog = catalog;
        this.directory = directory;
        this.regions = regions;
    }

    Map<RoutingRuleField, String> errors(RoutingRule rule) {
        Map<RoutingRuleField, String> errors = new EnumMap<>(RoutingRuleField.class);
        if (rule.serviceItemCode() != null && catalog.item(rule.serviceItemCode()).isEmpty()) {
            errors.put(RoutingRuleField.SERVICE_ITEM_CODE,
                    Translations.current("casework.routing.error.unknownItem", rule.serviceItemCode()));
        }
        if (rule.applicantType() != null && !isApplicantType(rule.applicantType())) {
            errors.put(RoutingRuleField.APPLICANT_TYPE,
                    Translations.current("casework.routing.error.unknownApplicantType", rule.applicantType()));
        }
        if (rule.regionMatch() != RegionMatch.ANY) {
            if (rule.regionCode() == null || rule.regionCode().isBlank()) {
                errors.put(RoutingRuleField.REGION_CODE, Translations.current("casework.routing.error.regionRequired"));
            } else if (regions.all().stream().map(Region::code).noneMatch(rule.regionCode()::equals)) {
                errors.put(RoutingRuleField.REGION_CODE,
                        Translations.current("casework.routing.error.unknownRegion", rule.regionCode()));
            }
        }
        if (rule.leadDepartmentCode() != null) {
            departmentProblem(rule.leadDepartmentCode())
                    .ifPresent(problem -> errors.put(RoutingRuleField.LEAD_DEPARTMENT_CODE, problem));
        }
        List<String> collaborating = rule.collaboratingDepartmentCodes();
        Set<String> seen = new HashSet<>();
        for (String code : collaborating) {
            Optional<String> problem = departmentProblem(code);
            if (problem.isPresent()) {
                errors.putIfAbsent(RoutingRuleField.COLLABORATING_DEPARTMENT_CODES, problem.get());
            } else if (code.equals(rule.leadDepartmentCode())) {
                errors.putIfAbsent(RoutingRuleField.COLLABORATING_DEPARTMENT_CODES, Translations
                        .current("casework.routing.error.leadAlsoCollaborating", directory.departmentName(code)));
            } else if (!seen.add(code)) {
                errors.putIfAbsent(RoutingRuleField.COLLABORATING_DEPARTMENT_CODES,
                        Translations.current("casework.routing.error.twice", directory.departmentName(code)));
            }
        }
        if (collaborating.size() > RoutingRule.MAX_COLLABORATING) {
            errors.putIfAbsent(RoutingRuleField.COLLABORATING_DEPARTMENT_CODES,
                    Translations.current("casework.routing.error.tooMany", RoutingRule.MAX_COLLABORATING));
        }
        if (rule.note() != null && rule.note().length() > RoutingRule.MAX_NOTE_LENGTH) {
            errors.put(RoutingRuleField.NOTE,
                    Translations.current("casework.routing.error.noteTooLong", RoutingRule.MAX_NOTE_LENGTH));
        }
        return errors;
    }

    /** Every problem of the table, in rule order; shadowing only matters when the first match decides. */
    List<RoutingProblem> problems(List<RoutingRule> rules, boolean firstMatchDecides) {
        List<RoutingProblem> problems = new ArrayList<>();
        if (rules.isEmpty()) {
            problems.add(new RoutingProblem(null, true, Translations.current("casework.routing.error.empty")));
            return problems;
        }
        for (int i = 0; i < rules.size(); i++) {
            int number = i + 1;
            errors(rules.get(i)).values().forEach(message -> problems.add(new RoutingProblem(number, true,
                    Translations.current("casework.routing.problem.rule", number, message))));
            if (firstMatchDecides) {
                for (int earlier = 0; earlier < i; earlier++) {
                    if (RoutingRuleCoverage.covers(rules.get(earlier), rules.get(i))) {
                        problems.add(new RoutingProblem(number, false,
                                Translations.current("casework.routing.warning.shadowed", number, earlier + 1)));
                        break;
                    }
                }
            }
        }
        return problems;
    }

    private Optional<String> departmentProblem(String code) {
        Optional<Department> department = directory.department(code);
        if (department.isEmpty()) {
            return Optional.of(Translations.current("casework.routing.error.unknownDepartment", code));
        }
        if (!department.get().active()) {
            return Optional.of(Translations.current("casework.routing.error.inactiveDepartment",
                    directory.departmentName(code)));
        }
        return Optional.empty();
    }

    private static boolean isApplicantType(String value) {
        for (ApplicantType type : ApplicantType.values()) {
            if (type.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
