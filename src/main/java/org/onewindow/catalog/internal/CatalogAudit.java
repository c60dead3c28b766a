package org.onewindow.catalog.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.springframework.stereotype.Component;

/** Keeps each change of the catalog in the administrative audit log, the version before → after as readable text. */
@Component
class CatalogAudit {

    private final AdministrativeChanges auditLog;

    CatalogAudit(AdministrativeChanges auditLog) {
        this.auditLog = auditLog;
    }

    /** In the caller's transaction: a refused or rolled-back change leaves no entry. */
    ServiceItem logged(ServiceItem after, AdminAction action, ServiceItem before) {
        auditLog.record(new AdministrativeChange(AdminArea.CATALOG, after.code() + " " + after.versionLabel(), action,
                before == null ? null : described(before), described(after)));
        return after;
    }

    static String described(ServiceItem item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", item.version());
        fields.put("state", item.state());
        fields.put("name_zh", item.nameZh());
        fields.put("name_en", item.nameEn());
        fields.put("kind", item.kind());
        fields.put("legal_days", item.legalLimitDays());
        fields.put("promised_days", item.promisedLimitDays());
        fields.put("lead", item.leadDepartmentCode());
        fields.put("collaborating", String.join(" ", item.collaboratingDepartmentCodes()));
        fields.put("online", item.onlineApplication());
        fields.put("one_visit", item.atMostOneVisit());
        fields.put("materials", item.materials().stream().map(CatalogAudit::described)
                .collect(Collectors.joining("; ")));
        return AdministrativeChange.fields(fields);
    }

    private static String described(MaterialRequirement material) {
        return material.nameZh() + " / " + material.nameEn() + " (" + (material.required() ? "required" : "optional")
                + ", " + (material.original() ? "original" : "copy") + " ×" + material.copies() + ")";
    }
}
