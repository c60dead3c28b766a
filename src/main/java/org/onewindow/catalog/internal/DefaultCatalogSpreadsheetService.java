package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.audit.AdminAction;
import org.onewindow.catalog.CatalogImport;
import org.onewindow.catalog.CatalogImportProperties;
import org.onewindow.catalog.CatalogSpreadsheetService;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.ItemState;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.ServiceItemDraft;
import org.onewindow.catalog.internal.CatalogRows.ItemRow;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.ImportRejectedException;
import org.onewindow.shared.spreadsheet.TableReader;
import org.onewindow.shared.spreadsheet.TableRow;
import org.onewindow.shared.spreadsheet.TemplateWriter;
import org.onewindow.shared.spreadsheet.TemplateWriter.SheetRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;

/**
 * Reads the whole catalog and the departments once ({@link CatalogSnapshot}, {@link DirectoryService#departments}),
 * checks every row of the workbook, and only when all are valid saves the changes in the one transaction of
 * {@link #importWorkbook}, each audited as the editors' screens audit theirs. New items are written in batches
 * (persist, flushed and let go every {@value #FLUSH_EVERY}) rather than one saveAndFlush each.
 */
@Service
@Transactional
@RolesAllowed({ AppRoles.ADMIN, AppRoles.CATALOG_EDITOR })
class DefaultCatalogSpreadsheetService implements CatalogSpreadsheetService {

    private static final int FLUSH_EVERY = 200;

    private final CatalogSnapshot snapshot;
    private final ServiceItemValidator validator;
    private final DirectoryService directory;
    private final EntityManager entityManager;
    private final CatalogAudit audit;
    private final CatalogImportProperties limits;

    DefaultCatalogSpreadsheetService(CatalogSnapshot snapshot, ServiceItemValidator validator,
            DirectoryService directory, EntityManager entityManager, CatalogAudit audit,
            CatalogImportProperties limits) {
        this.snapshot = snapshot;
        this.validator = validator;
        this.directory = directory;
        this.entityManager = entityManager;
        this.audit = audit;
        this.limits = limits;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] template() {
        return TemplateWriter.xlsx(
                List.of(SheetRows.example(CatalogSheets.items()), SheetRows.example(CatalogSheets.materials())));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] export() {
        List<List<String>> items = new ArrayList<>();
        List<List<String>> materials = new ArrayList<>();
        for (CatalogSnapshot.Item entry : snapshot.items().values()) {
            ServiceItem item = entry.current();
            if (item.state() == ItemState.RETIRED) {
                continue;
            }
            items.add(List.of(item.code(), item.state().name(), Integer.toString(item.version()), text(item.nameZh()),
                    text(item.nameEn()), CatalogSheets.kind(item.kind()), days(item.legalLimitDays()),
                    item.kind() == ItemKind.INSTANT ? "" : days(item.promisedLimitDays()),
                    text(item.leadDepartmentCode()), String.join(";", item.collaboratingDepartmentCodes()),
                    CatalogSheets.yesNo(item.onlineApplication()), CatalogSheets.yesNo(item.atMostOneVisit()),
                    text(item.guideZh()), text(item.guideEn())));
            for (int i = 0; i < item.materials().size(); i++) {
                MaterialRequirement material = item.materials().get(i);
                materials.add(List.of(item.code(), Integer.toString(i + 1), text(material.nameZh()),
                        text(material.nameEn()),
                        material.required() ? CatalogSheets.REQUIRED_WORD : CatalogSheets.OPTIONAL_WORD,
                        material.original() ? CatalogSheets.ORIGINAL_WORD : CatalogSheets.COPY_WORD,
                        Integer.toString(material.copies())));
            }
        }
        return TemplateWriter.xlsx(List.of(new SheetRows(CatalogSheets.items(), items),
                new SheetRows(CatalogSheets.materials(), materials)));
    }

    @Override
    @Transactional(readOnly = true)
    public CatalogImport check(ImportFile workbook) {
        return checked(workbook).counts();
    }

    @Override
    public CatalogImport importWorkbook(ImportFile workbook, boolean publish) {
        Checked checked = checked(workbook);
        int written = 0;
        for (ItemRow row : checked.items()) {
            CatalogSnapshot.Item existing = checked.existing().get(row.draft().code());
            if (existing == null) {
                create(row.draft(), publish);
            } else if (!same(existing.current(), row.draft())) {
                newVersion(existing, row.draft(), publish);
            } else {
                continue;
            }
            if (++written % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        return checked.counts();
    }

    private void create(ServiceItemDraft draft, boolean publish) {
        ItemVersionEntity version = new ItemVersionEntity(draft.code(), 1, draft);
        if (publish) {
            version.publish();
        }
        // persist, not save: the code is assigned, so Spring Data's save would first select it.
        entityManager.persist(new ServiceItemEntity(version));
        entityManager.persist(version);
        audit.logged(version.toServiceItem(), publish ? AdminAction.PUBLISHED : AdminAction.CREATED, null);
    }

    /** As the editors' save and publish do: a draft is edited, a published or retired version gets a new one. */
    private void newVersion(CatalogSnapshot.Item existing, ServiceItemDraft draft, boolean publish) {
        String code = draft.code();
        ServiceItemEntity item = entityManager.find(ServiceItemEntity.class, code);
        ItemVersionEntity version;
        if (existing.newestState() == ItemState.DRAFT) {
            version = entityManager.find(ItemVersionEntity.class,
                    new ItemVersionEntity.Key(code, existing.newestVersion()));
            ServiceItem before = version.toServiceItem();
            version.edit(draft);
            audit.logged(version.toServiceItem(), AdminAction.CHANGED, before);
        } else {
            version = new ItemVersionEntity(code, existing.newestVersion() + 1, draft);
            entityManager.persist(version);
            item.added(version);
            audit.logged(version.toServiceItem(), AdminAction.CREATED, existing.current());
        }
        if (!publish) {
            return;
        }
        if (existing.publishedVersion() != null) {
            ItemVersionEntity published = entityManager.find(ItemVersionEntity.class,
                    new ItemVersionEntity.Key(code, existing.publishedVersion()));
            published.supersede();
            // One published version per item: the old one is superseded in the database before the new one is.
            entityManager.flush();
        }
        version.publish();
        item.published(version);
        audit.logged(version.toServiceItem(), AdminAction.PUBLISHED, existing.current());
    }

    /** The valid items, the catalog as it was, and what importing would do. */
    private record Checked(List<ItemRow> items, Map<String, CatalogSnapshot.Item> existing, CatalogImport counts) {
    }

    private Checked checked(ImportFile workbook) {
        if (workbook == null) {
            throw new ImportRejectedException(
                    List.of(ImportProblem.ofFile("", Translations.current("catalog.import.error.noFile"))));
        }
        List<List<TableRow>> sheets = new TableReader(limits.maxRows(), limits.maxFileSize().toBytes()).readSheets(
                workbook,
                List.of(CatalogSheets.items(), CatalogSheets.materials()));
        List<ImportProblem> problems = new ArrayList<>();
        if (sheets.get(0).isEmpty()) {
            problems.add(
                    ImportProblem.ofFile(workbook.fileName(), Translations.current("catalog.import.error.noItems")));
        }
        Set<String> active = directory.departments().stream().filter(Department::active).map(Department::code)
                .collect(Collectors.toSet());
        List<ItemRow> items = new CatalogRows(validator).check(sheets.get(0), sheets.get(1), active, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        Map<String, CatalogSnapshot.Item> existing = snapshot.items();
        int created = 0;
        int changed = 0;
        for (ItemRow row : items) {
            CatalogSnapshot.Item item = existing.get(row.draft().code());
            if (item == null) {
                created++;
            } else if (!same(item.current(), row.draft())) {
                changed++;
            }
        }
        return new Checked(items, existing, new CatalogImport(created, changed, items.size() - created - changed));
    }

    /** Whether the row says what the version says, as the version would store it (trimmed, empty as none). */
    static boolean same(ServiceItem item, ServiceItemDraft draft) {
        ServiceItem typed = new ItemVersionEntity(item.code(), item.version(), draft).toServiceItem();
        return item.kind() == typed.kind() && eq(item.nameZh(), typed.nameZh()) && eq(item.nameEn(), typed.nameEn())
                && item.legalLimitDays() == typed.legalLimitDays()
                && item.promisedLimitDays() == typed.promisedLimitDays()
                && eq(item.leadDepartmentCode(), typed.leadDepartmentCode())
                && item.collaboratingDepartmentCodes().equals(typed.collaboratingDepartmentCodes())
                && item.onlineApplication() == typed.onlineApplication()
                && item.atMostOneVisit() == typed.atMostOneVisit() && eq(item.guideZh(), typed.guideZh())
                && eq(item.guideEn(), typed.guideEn()) && materials(item).equals(materials(typed));
    }

    private static List<MaterialRequirement> materials(ServiceItem item) {
        return item.materials().stream().map(m -> new MaterialRequirement(text(m.nameZh()), text(m.nameEn()),
                m.required(), m.original(), m.copies())).toList();
    }

    private static boolean eq(String a, String b) {
        return Objects.equals(text(a), text(b));
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static String days(int days) {
        return days == 0 ? "" : Integer.toString(days);
    }
}
