package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.onewindow.support.Staff.CATALOG_EDITOR;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.audit.AuditFilter;
import org.onewindow.audit.LoggedChange;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.Fresh;
import org.onewindow.support.Journeys;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Catalog editors keep the service items in versions: a draft is published, editing a published item makes a new
 * version, and a case keeps the version it was registered with while new cases take the newest. Each test opens items
 * of its own code and retires them at the end, so the demo catalog other tests count stays as it is.
 */
abstract class CatalogAdministrationScenarios {

    @Autowired
    CatalogAdminService admin;
    @Autowired
    CatalogService catalog;
    @Autowired
    CaseRecordService cases;
    @Autowired
    AdministrativeChanges auditLog;
    @Autowired
    Staff staff;
    @Autowired
    Journeys journeys;

    static ServiceItemDraft draft(String code, String nameZh, String nameEn, int legal, int promised,
            MaterialRequirement... materials) {
        return new ServiceItemDraft(code, nameZh, nameEn, ItemKind.PROMISED, legal, promised, "HRSS",
                List.of("CIVIL"), List.of(materials), true, "凭身份证办理。", "Bring your ID card.", false);
    }

    @Test
    void aDraftIsOfferedNowhereUntilPublishedAndARetiredItemTakesNoNewCases() {
        String code = Fresh.code("T-");
        ServiceItem draft = staff.as(CATALOG_EDITOR,
                () -> admin.create(draft(code, "灵活就业登记", "Flexible employment registration",
                        10, 5, new MaterialRequirement("居民身份证", "Resident ID card", true, true, 1))));
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.state()).isEqualTo(ItemState.DRAFT);
        assertThat(catalog.item(code)).isEmpty();
        assertThat(catalog.search(code, 10)).isEmpty();
        assertThat(catalog.all()).extracting(ServiceItem::code).doesNotContain(code);

        ServiceItem published = staff.as(CATALOG_EDITOR, () -> admin.publish(code));
        assertThat(published.state()).isEqualTo(ItemState.PUBLISHED);
        assertThat(catalog.item(code)).contains(published);
        assertThat(catalog.search("灵活就业", 10)).extracting(ServiceItem::code).containsExactly(code);
        assertThat(catalog.search("flexible EMPLOYMENT", 10)).extracting(ServiceItem::code).containsExactly(code);
        assertThat(published.name(Translations.CHINESE)).isEqualTo("灵活就业登记");
        assertThat(published.name(Translations.ENGLISH)).isEqualTo("Flexible employment registration");
        assertThat(published.guide(Translations.ENGLISH)).isEqualTo("Bring your ID card.");

        CatalogFilter mine = new CatalogFilter(code, null, null, null);
        assertThat(staff.as(CATALOG_EDITOR, () -> admin.page(mine, new PageRequest(0, 10)))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.state()).isEqualTo(ItemState.PUBLISHED);
                    assertThat(entry.publishedVersion()).isEqualTo(1);
                    assertThat(entry.name(Translations.ENGLISH)).isEqualTo("Flexible employment registration");
                });
        assertThat(staff.as(CATALOG_EDITOR, () -> admin.count(new CatalogFilter(code, ItemState.DRAFT, null, null))))
                .isZero();
        assertThat(staff.as(CATALOG_EDITOR,
                () -> admin.count(new CatalogFilter(code, ItemState.PUBLISHED, ItemKind.PROMISED,
                        "HRSS"))))
                .isEqualTo(1);
        assertThat(staff.as(CATALOG_EDITOR, () -> admin.count(new CatalogFilter(code, null, ItemKind.INSTANT, null))))
                .isZero();

        ServiceItem retired = staff.as(CATALOG_EDITOR, () -> admin.retire(code));
        assertThat(retired.state()).isEqualTo(ItemState.RETIRED);
        assertThat(catalog.item(code)).isEmpty();
        assertThat(catalog.version(code, 1))
                .hasValueSatisfying(v -> assertThat(v.state()).isEqualTo(ItemState.RETIRED));
        assertThatThrownBy(() -> staff.as(CATALOG_EDITOR, () -> admin.retire(code)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Service item " + code + " has no published version to retire.");

        List<LoggedChange> logged = staff.as("admin", () -> auditLog.search(
                new AuditFilter(AdminArea.CATALOG, "catalog.editor", code, null, null), new PageRequest(0, 10)));
        assertThat(logged).extracting(LoggedChange::action).containsExactly(AdminAction.RETIRED,
                AdminAction.PUBLISHED, AdminAction.CREATED);
        assertThat(logged.get(0).before()).contains("state: PUBLISHED", "name_zh: 灵活就业登记",
                "materials: 居民身份证 / Resident ID card (required, original ×1)");
        assertThat(logged.get(0).after()).contains("state: RETIRED");
    }

    @Test
    void aCaseKeepsTheVersionItWasRegisteredWithWhileNewCasesTakeTheNewest() {
        String code = Fresh.code("T-");
        try {
            staff.as(CATALOG_EDITOR,
                    () -> admin.create(draft(code, "就业困难人员认定", "Recognition of people with employment difficulties",
                            20, 10, new MaterialRequirement("居民身份证", "Resident ID card", true, true, 1),
                            new MaterialRequirement("失业登记证明", "Unemployment registration", true, false, 1))));
            staff.as(CATALOG_EDITOR, () -> admin.publish(code));
            CaseDetails first = journeys.registeredAtWindow(code, List.of("Resident ID card"));
            assertThat(first.serviceItemVersion()).isEqualTo(1);

            // A regulation changes: new names, a shorter promise and other materials, in version 2.
            ServiceItem v2 = staff.as(CATALOG_EDITOR, () -> admin.save(code, draft(code, "就业困难人员认定（新）",
                    "Recognition of people with employment difficulties (new)", 20, 3,
                    new MaterialRequirement("社会保障卡", "Social security card", true, true, 1))));
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v2.state()).isEqualTo(ItemState.DRAFT);
            // Saving again changes the draft, not yet the cases.
            assertThat(staff.as(CATALOG_EDITOR, () -> admin.save(code, ServiceItemDraft.of(v2))).version())
                    .isEqualTo(2);
            assertThat(catalog.item(code).orElseThrow().version()).isEqualTo(1);
            staff.as(CATALOG_EDITOR, () -> admin.publish(code));
            assertThat(catalog.item(code).orElseThrow().version()).isEqualTo(2);
            assertThat(catalog.version(code, 1).orElseThrow().state()).isEqualTo(ItemState.SUPERSEDED);
            assertThat(staff.as(CATALOG_EDITOR, () -> admin.versions(code)))
                    .extracting(ServiceItem::version, ServiceItem::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ItemState.PUBLISHED),
                            org.assertj.core.groups.Tuple.tuple(1, ItemState.SUPERSEDED));

            CaseDetails kept = cases.caseDetails(first.caseNumber()).orElseThrow();
            assertThat(kept.serviceItemVersion()).isEqualTo(1);
            assertThat(kept.serviceItemName(Translations.CHINESE)).isEqualTo("就业困难人员认定");
            assertThat(kept.serviceItemName(Translations.ENGLISH))
                    .isEqualTo("Recognition of people with employment difficulties");
            assertThat(kept.materials()).extracting(CaseMaterial::name, CaseMaterial::received).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("居民身份证", true),
                    org.assertj.core.groups.Tuple.tuple("失业登记证明", false));
            assertThat(kept.materials().get(1).name(Translations.ENGLISH)).isEqualTo("Unemployment registration");
            assertThat(kept.dueAt()).isEqualTo(first.dueAt());

            CaseDetails second = journeys.registeredAtWindow(code, List.of("社会保障卡"));
            assertThat(second.serviceItemVersion()).isEqualTo(2);
            assertThat(second.serviceItemName(Translations.ENGLISH)).endsWith("(new)");
            assertThat(second.materials()).extracting(CaseMaterial::name).containsExactly("社会保障卡");
            // Promised in 3 working days instead of 10.
            assertThat(second.dueAt()).isBefore(first.dueAt());

            // Retiring is allowed with open cases: they keep their version and go on.
            staff.as(CATALOG_EDITOR, () -> admin.retire(code));
            assertThat(cases.caseDetails(first.caseNumber()).orElseThrow().serviceItemVersion()).isEqualTo(1);
            assertThat(catalog.version(code, 2).orElseThrow().state()).isEqualTo(ItemState.RETIRED);
        } finally {
            retireIfPublished(code);
        }
    }

    @Test
    void publishingChecksTheItemFullyAndSavesNothingHalfWay() {
        String code = Fresh.code("T-");
        staff.as(CATALOG_EDITOR,
                () -> admin.create(new ServiceItemDraft(code, "临时救助", "", ItemKind.PROMISED, 0, null, null,
                        List.of(), List.of(), true, null, null, false)));
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> staff.as(CATALOG_EDITOR, () -> admin.publish(code)));
        assertThat(refused.fieldErrors()).containsOnlyKeys("nameEn", "legalLimitDays", "promisedLimitDays",
                "leadDepartmentCode", "materials");
        assertThat(refused.errorFor(ServiceItemField.LEGAL_LIMIT_DAYS)).startsWith("A time limit of 0 is not possible");
        assertThat(refused.errorFor(ServiceItemField.MATERIALS)).startsWith("An item without materials");
        assertThat(staff.as(CATALOG_EDITOR, () -> admin.versions(code))).singleElement()
                .satisfies(version -> assertThat(version.state()).isEqualTo(ItemState.DRAFT));

        InvalidInputException taken = catchThrowableOfType(InvalidInputException.class,
                () -> staff.as(CATALOG_EDITOR, () -> admin.create(draft("HRSS-001", "重复", "Again", 5, 5))));
        assertThat(taken.errorFor(ServiceItemField.CODE)).isEqualTo("Service item HRSS-001 already exists.");
        assertThatThrownBy(() -> staff.as(CATALOG_EDITOR, () -> admin.publish("NO-SUCH-ITEM")))
                .isInstanceOf(org.onewindow.shared.NotFoundException.class);
    }

    @Test
    void onlyCatalogEditorsAndAdministratorsKeepTheCatalog() {
        assertThatThrownBy(() -> staff.as("frontdesk", () -> admin.count(CatalogFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as("admin", () -> admin.count(CatalogFilter.none()))).isGreaterThanOrEqualTo(14);
        assertThat(staff.as(CATALOG_EDITOR,
                () -> admin.page(new CatalogFilter("AMR-00", null, null, null), new PageRequest(0, 2))))
                .extracting(CatalogEntry::code).containsExactly("AMR-001", "AMR-002");
        assertThat(staff.as(CATALOG_EDITOR, () -> admin.page(CatalogFilter.none(), new PageRequest(1, 1)))).extracting(
                CatalogEntry::code).containsExactly("AMR-002");
    }

    @Test
    void theDemoHallIsAChineseCountyHallWithEnglishNames() {
        ServiceItem food = catalog.item("AMR-002").orElseThrow();
        assertThat(food.name(Translations.CHINESE)).isEqualTo("食品经营许可证核发");
        assertThat(food.name(Translations.ENGLISH)).isEqualTo("Food business licence");
        assertThat(food.legalLimitDays()).isEqualTo(20);
        assertThat(food.promisedLimitDays()).isEqualTo(10);
        assertThat(food.materials()).extracting(material -> material.name(Translations.CHINESE)).contains("营业执照");
        ServiceItem certificate = catalog.item("HRSS-004").orElseThrow();
        assertThat(certificate.kind()).isEqualTo(ItemKind.INSTANT);
        assertThat(certificate.promisedLimitDays()).isZero();
        assertThat(catalog.item("HRSS-001").orElseThrow().kind()).isEqualTo(ItemKind.PROMISED);
    }

    private void retireIfPublished(String code) {
        if (catalog.item(code).isPresent()) {
            staff.as(CATALOG_EDITOR, () -> admin.retire(code));
        }
    }

}
