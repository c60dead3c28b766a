package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.catalog.CatalogWorkbooks.item;
import static org.onewindow.catalog.CatalogWorkbooks.material;
import static org.onewindow.catalog.CatalogWorkbooks.workbook;
import static org.onewindow.support.Staff.CATALOG_EDITOR;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.audit.AuditFilter;
import org.onewindow.audit.LoggedChange;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.ImportRejectedException;
import org.onewindow.support.Fresh;
import org.onewindow.support.Journeys;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The catalog as one workbook: an export imported unchanged changes nothing, an edited row becomes a new version
 * (cases keep theirs), a workbook with bad rows saves nothing and says every problem on its sheet, row and column.
 * Items a test imports are retired at its end, so the demo catalog other tests count stays as it is.
 */
abstract class CatalogWorkbookScenarios {

    @Autowired
    CatalogSpreadsheetService spreadsheets;
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

    private long catalogAuditRows() {
        return staff.as("admin", () -> auditLog.count(new AuditFilter(AdminArea.CATALOG, null, null, null, null)));
    }

    @Test
    void anExportImportedUnchangedChangesNothing() {
        byte[] export = staff.as(CATALOG_EDITOR, () -> spreadsheets.export());
        long items = staff.as(CATALOG_EDITOR, () -> admin.count(CatalogFilter.none()));
        List<CatalogEntry> before = staff.as(CATALOG_EDITOR,
                () -> admin.page(CatalogFilter.none(), new PageRequest(0, 500)));
        long audited = catalogAuditRows();

        ImportFile file = new ImportFile("catalog.xlsx", export);
        CatalogImport checked = staff.as(CATALOG_EDITOR, () -> spreadsheets.check(file));
        assertThat(checked.created()).isZero();
        assertThat(checked.changed()).isZero();
        assertThat(checked.unchanged()).isPositive().isLessThanOrEqualTo((int) items);

        CatalogImport imported = staff.as(CATALOG_EDITOR, () -> spreadsheets.importWorkbook(file, true));
        assertThat(imported).isEqualTo(checked);
        assertThat(staff.as(CATALOG_EDITOR, () -> admin.page(CatalogFilter.none(), new PageRequest(0, 500))))
                .isEqualTo(before);
        assertThat(catalogAuditRows()).isEqualTo(audited);
    }

    @Test
    void anEditedNameBecomesANewVersionWhileCasesKeepTheirs() {
        String code = Fresh.code("W-");
        try {
            CatalogImport created = staff.as(CATALOG_EDITOR, () -> spreadsheets.importWorkbook(workbook(
                    List.of(item(code, "灵活就业登记", "Flexible employment registration", "10", "5", "HRSS")),
                    List.of(material(code, "1", "居民身份证", "Resident ID card", "1"))), true));
            assertThat(created.created()).isEqualTo(1);
            ServiceItem v1 = catalog.item(code).orElseThrow();
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v1.materials()).containsExactly(
                    new MaterialRequirement("居民身份证", "Resident ID card", true, true, 1));
            CaseDetails first = journeys.registeredAtWindow(code, List.of("Resident ID card"));
            assertThat(first.serviceItemVersion()).isEqualTo(1);

            ImportFile edited = CatalogWorkbooks.edited(staff.as(CATALOG_EDITOR, () -> spreadsheets.export()),
                    CatalogWorkbooks.ITEMS,
                    code, "Chinese name", "灵活就业人员登记");
            CatalogImport imported = staff.as(CATALOG_EDITOR, () -> spreadsheets.importWorkbook(edited, true));
            assertThat(imported.created()).isZero();
            assertThat(imported.changed()).isEqualTo(1);

            ServiceItem v2 = catalog.item(code).orElseThrow();
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v2.nameZh()).isEqualTo("灵活就业人员登记");
            assertThat(catalog.version(code, 1).orElseThrow().state()).isEqualTo(ItemState.SUPERSEDED);
            assertThat(cases.caseDetails(first.caseNumber()).orElseThrow().serviceItemVersion()).isEqualTo(1);

            List<LoggedChange> logged = staff.as("admin", () -> auditLog.search(
                    new AuditFilter(AdminArea.CATALOG, "catalog.editor", code, null, null), new PageRequest(0, 10)));
            assertThat(logged).extracting(LoggedChange::action).containsExactly(AdminAction.PUBLISHED,
                    AdminAction.CREATED, AdminAction.PUBLISHED);
            assertThat(logged.get(0).before()).contains("name_zh: 灵活就业登记");
            assertThat(logged.get(0).after()).contains("name_zh: 灵活就业人员登记", "version: 2");
        } finally {
            retireIfPublished(code);
        }
    }

    /**
     * The workbook is what the catalog is to say: a changed row for an item whose newest version is a draft waiting to
     * be published replaces that draft's content under its number (no second draft is opened), the audit log keeping
     * what the draft said; publishing the import then publishes that draft. The editors' list follows at once.
     */
    @Test
    void aChangedRowReplacesTheWaitingDraftWhichTheAuditLogKeeps() {
        String code = Fresh.code("W-");
        try {
            List<String> row = item(code, "社保卡申领", "Social security card", "10", "5", "HRSS");
            List<List<String>> materials = List.of(material(code, "1", "居民身份证", "Resident ID card", "1"));
            staff.as(CATALOG_EDITOR, () -> spreadsheets.importWorkbook(workbook(List.of(row), materials), true));
            ServiceItem published = catalog.item(code).orElseThrow();
            ServiceItemDraft typed = ServiceItemDraft.of(published);
            staff.as(CATALOG_EDITOR,
                    () -> admin.save(code, new ServiceItemDraft(code, "社保卡申领（编辑中）", typed.nameEn(), typed.kind(),
                            typed.legalLimitDays(), typed.promisedLimitDays(), typed.leadDepartmentCode(),
                            typed.collaboratingDepartmentCodes(), typed.materials(), typed.onlineApplication(),
                            typed.guideZh(), typed.guideEn(), typed.atMostOneVisit())));

            // Unchanged against the published version: the waiting draft is left as the editor typed it.
            CatalogImport unchanged = staff.as(CATALOG_EDITOR,
                    () -> spreadsheets.importWorkbook(workbook(List.of(row), materials), false));
            assertThat(unchanged.unchanged()).isEqualTo(1);
            assertThat(staff.as(CATALOG_EDITOR, () -> admin.versions(code)))
                    .extracting(ServiceItem::version, ServiceItem::state,
                            ServiceItem::nameZh)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2, ItemState.DRAFT, "社保卡申领（编辑中）"),
                            org.assertj.core.groups.Tuple.tuple(1, ItemState.PUBLISHED, "社保卡申领"));

            ImportFile renamed = workbook(
                    List.of(item(code, "社会保障卡申领", "Social security card", "10", "5", "HRSS")), materials);
            CatalogImport changed = staff.as(CATALOG_EDITOR, () -> spreadsheets.importWorkbook(renamed, false));
            assertThat(changed.changed()).isEqualTo(1);
            assertThat(staff.as(CATALOG_EDITOR, () -> admin.versions(code)))
                    .extracting(ServiceItem::version, ServiceItem::state,
                            ServiceItem::nameZh)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2, ItemState.DRAFT, "社会保障卡申领"),
                            org.assertj.core.groups.Tuple.tuple(1, ItemState.PUBLISHED, "社保卡申领"));
            List<LoggedChange> logged = staff.as("admin", () -> auditLog.search(
                    new AuditFilter(AdminArea.CATALOG, "catalog.editor", code, null, null), new PageRequest(0, 1)));
            assertThat(logged).singleElement().satisfies(change -> {
                assertThat(change.action()).isEqualTo(AdminAction.CHANGED);
                assertThat(change.before()).contains("社保卡申领（编辑中）");
                assertThat(change.after()).contains("社会保障卡申领", "version: 2");
            });
            CatalogFilter mine = new CatalogFilter(code, null, null, null);
            assertThat(staff.as(CATALOG_EDITOR, () -> admin.page(mine, new PageRequest(0, 5)))).singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.newestVersion()).isEqualTo(2);
                        assertThat(entry.state()).isEqualTo(ItemState.DRAFT);
                        assertThat(entry.publishedVersion()).isEqualTo(1);
                    });

            // Imported again with publishing, that same draft is published: no third version.
            assertThat(staff.as(CATALOG_EDITOR, () -> spreadsheets.importWorkbook(renamed, true)).changed())
                    .isEqualTo(1);
            assertThat(staff.as(CATALOG_EDITOR, () -> admin.versions(code)))
                    .extracting(ServiceItem::version, ServiceItem::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ItemState.PUBLISHED),
                            org.assertj.core.groups.Tuple.tuple(1, ItemState.SUPERSEDED));
            assertThat(staff.as(CATALOG_EDITOR, () -> admin.page(mine, new PageRequest(0, 5)))).singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.newestVersion()).isEqualTo(2);
                        assertThat(entry.publishedVersion()).isEqualTo(2);
                    });
        } finally {
            retireIfPublished(code);
        }
    }

    @Test
    void withoutPublishingANewItemIsADraftOfferedNowhere() {
        String code = Fresh.code("W-");
        staff.as(CATALOG_EDITOR, () -> spreadsheets.importWorkbook(workbook(
                List.of(item(code, "就业登记", "Employment registration", "10", "5", "HRSS")),
                List.of(material(code, "", "居民身份证", "Resident ID card", ""))), false));
        assertThat(catalog.item(code)).isEmpty();
        assertThat(staff.as(CATALOG_EDITOR, () -> admin.versions(code))).singleElement()
                .satisfies(draft -> assertThat(draft.state()).isEqualTo(ItemState.DRAFT));
    }

    @Test
    void badRowsSaveNothingAndEachProblemIsOnItsRowAndColumn() {
        String good = Fresh.code("W-");
        String zero = Fresh.code("W-") + "Z";
        String bare = Fresh.code("W-") + "B";
        String nowhere = Fresh.code("W-") + "N";
        ImportFile file = workbook(List.of(
                item(good, "就业登记", "Employment registration", "10", "5", "HRSS"), // row 2
                item(good, "就业登记", "Employment registration", "10", "5", "HRSS"), // row 3: twice
                item(nowhere, "就业登记", "Employment registration", "10", "5", "NOWHERE"), // row 4
                item(zero, "就业登记", "Employment registration", "0", "", "HRSS"), // row 5: limit 0
                item(bare, "就业登记", "Employment registration", "10", "5", "HRSS")), // row 6: no materials
                List.of(material(good, "1", "居民身份证", "Resident ID card", "1"), // row 2
                        material(good, "2", "户口簿", "Household register", "0"), // row 3: copies 0
                        material(nowhere, "1", "居民身份证", "Resident ID card", "1"),
                        material(zero, "1", "居民身份证", "Resident ID card", "1"),
                        material("NO-SUCH-ITEM", "1", "居民身份证", "Resident ID card", "1"))); // row 6
        long audited = catalogAuditRows();

        assertThatThrownBy(() -> staff.as(CATALOG_EDITOR, () -> spreadsheets.importWorkbook(file, true)))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> {
                    List<ImportProblem> problems = rejected.problems();
                    assertThat(problems).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("catalog.xlsx › 事项 Items", 3, "Item code"),
                                    org.assertj.core.groups.Tuple.tuple("catalog.xlsx › 事项 Items", 4,
                                            "Lead department code"),
                                    org.assertj.core.groups.Tuple.tuple("catalog.xlsx › 事项 Items", 5,
                                            "Legal limit (working days)"),
                                    org.assertj.core.groups.Tuple.tuple("catalog.xlsx › 事项 Items", 5,
                                            "Promised limit (working days)"),
                                    org.assertj.core.groups.Tuple.tuple("catalog.xlsx › 事项 Items", 6, "Item code"),
                                    org.assertj.core.groups.Tuple.tuple("catalog.xlsx › 材料 Materials", 3, "份数"),
                                    org.assertj.core.groups.Tuple.tuple("catalog.xlsx › 材料 Materials", 6, "事项编码"));
                });
        assertThat(staff.as(CATALOG_EDITOR, () -> admin.versions(good))).isEmpty();
        assertThat(staff.as(CATALOG_EDITOR, () -> admin.versions(zero))).isEmpty();
        assertThat(catalogAuditRows()).isEqualTo(audited);
    }

    @Test
    void onlyCatalogEditorsAndAdministratorsExportOrImport() {
        ImportFile file = workbook(List.of(), List.of());
        assertThatThrownBy(() -> staff.as("frontdesk", () -> spreadsheets.export()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("frontdesk", () -> spreadsheets.check(file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as("admin", () -> spreadsheets.template())).isNotEmpty();
    }

    private void retireIfPublished(String code) {
        if (catalog.item(code).isPresent()) {
            staff.as(CATALOG_EDITOR, () -> admin.retire(code));
        }
    }

}
