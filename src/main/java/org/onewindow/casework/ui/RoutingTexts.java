package org.onewindow.casework.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onewindow.casework.RoutingRule;
import org.onewindow.casework.SampleRouting;
import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.Region;
import org.onewindow.intake.Regions;

import com.vaadin.flow.i18n.I18NProvider;

/** How the routing rules screen names a rule's parts in the reader's language: items, regions, departments. */
final class RoutingTexts {

    private final CatalogService catalog;
    private final DirectoryService directory;
    private final Map<String, Region> regions;
    private final Locale locale;

    RoutingTexts(CatalogService catalog, DirectoryService directory, Regions regions, Locale locale) {
        this.catalog = catalog;
        this.directory = directory;
        this.regions = regions.all().stream().collect(Collectors.toMap(Region::code, Function.identity()));
        this.locale = locale;
    }

    List<Region> regions() {
        return regions.values().stream().sorted(java.util.Comparator.comparing(Region::code)).toList();
    }

    String item(String code) {
        if (code == null) {
            return t("casework.routing.anyItem");
        }
        return catalog.item(code).map(serviceItem -> serviceItem.name(locale))
                .map(name -> t("casework.routing.itemWithCode", name, code)).orElse(code);
    }

    String applicantType(String type) {
        return type == null ? t("casework.routing.anyApplicant") : t("casework.routing.applicantType." + type);
    }

    String regionName(String code) {
        Region region = regions.get(code);
        return region == null ? code : region.name(locale) + " (" + code + ")";
    }

    String region(RoutingRule rule) {
        return switch (rule.regionMatch()) {
            case ANY -> t("casework.routing.anyRegion");
            case WITHIN -> t("casework.routing.within", regionName(rule.regionCode()));
            case OUTSIDE -> t("casework.routing.outside", regionName(rule.regionCode()));
        };
    }

    String department(String code) {
        return directory.departmentName(code, locale);
    }

    String lead(String code) {
        return code == null ? t("casework.routing.catalogLead") : department(code);
    }

    String collaborating(List<String> codes) {
        return codes.isEmpty() ? t("casework.routing.catalogCollaborating")
                : codes.stream().map(this::department).collect(Collectors.joining(t("casework.routing.separator")));
    }

    /** Where a table sent a sample case, as one sentence. */
    String routing(SampleRouting routing) {
        if (routing.ruleNumber() == null) {
            return t("casework.routing.sample.noRule");
        }
        return t("casework.routing.sample.rule", routing.ruleNumber(), lead(routing.leadDepartmentCode()),
                collaborating(routing.collaboratingDepartmentCodes()));
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
