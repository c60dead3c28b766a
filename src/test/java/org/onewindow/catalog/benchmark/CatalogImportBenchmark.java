package org.onewindow.catalog.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.catalog.CatalogAdminService;
import org.onewindow.catalog.CatalogFilter;
import org.onewindow.catalog.CatalogImport;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.CatalogSpreadsheetService;
import org.onewindow.catalog.CatalogWorkbooks;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.support.BenchmarkApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 17's catalog target: a workbook of 2,000 items × 10 materials checked and imported (≤ 10 s on PostgreSQL),
 * then the editors' grid query paged 20 times (first page, a middle page, a text filter) and the window's search.
 * Not part of the suite:
 * {@code ./mvnw -Pcatalog-benchmark -Dbenchmark.database=postgres -Dbenchmark.pg.database=ow_catimport}.
 */
public final class CatalogImportBenchmark {

    private static final int ITEMS = 2_000;
    private static final int MATERIALS = 10;
    private static final int RUNS = 20;

    private CatalogImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = System.getProperty("benchmark.database", "postgres");
        List<List<String>> items = new ArrayList<>();
        List<List<String>> materials = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            String code = "B-%04d".formatted(i);
            items.add(CatalogWorkbooks.item(code, "事项" + i, "Item " + i, "20", "10", "AMR"));
            for (int m = 1; m <= MATERIALS; m++) {
                materials.add(CatalogWorkbooks.material(code, Integer.toString(m), "材料" + m, "Material " + m, "1"));
            }
        }
        ImportFile workbook = CatalogWorkbooks.workbook(items, materials);
        try (ConfigurableApplicationContext context = BenchmarkApplication
                .onFreshDatabase(database, "catalog-benchmark", "").start()) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin",
                    null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            CatalogSpreadsheetService spreadsheets = context.getBean(CatalogSpreadsheetService.class);
            CatalogAdminService admin = context.getBean(CatalogAdminService.class);

            long start = System.nanoTime();
            CatalogImport checked = spreadsheets.check(workbook);
            long checkMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            CatalogImport imported = spreadsheets.importWorkbook(workbook, true);
            long importMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            byte[] export = spreadsheets.export();
            long exportMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            CatalogImport again = spreadsheets.importWorkbook(new ImportFile("catalog.xlsx", export), true);
            long againMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s: workbook %d KB; check %d ms (%s); import %d ms (%s); export %d ms; "
                    + "export re-imported %d ms (%s)%n", database, workbook.content().length / 1024, checkMs,
                    checked, importMs, imported, exportMs, againMs, again);

            long total = admin.count(CatalogFilter.none());
            grid("first page", () -> admin.page(CatalogFilter.none(), new PageRequest(0, 50)));
            grid("middle page", () -> admin.page(CatalogFilter.none(), new PageRequest((int) (total / 2), 50)));
            CatalogFilter text = new CatalogFilter("Item 1", null, null, null);
            grid("text filter", () -> {
                admin.count(text);
                admin.page(text, new PageRequest(0, 50));
            });
            // The window's search (published items only, 20 suggestions), which must stay fast too.
            CatalogService catalog = context.getBean(CatalogService.class);
            grid("window search", () -> catalog.search("Item 1", 20));
        }
    }

    private static void grid(String name, Runnable query) {
        query.run();
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - start) / 1_000;
        }
        java.util.Arrays.sort(ms);
        System.out.printf("grid %s: median %.1f ms, p95 %.1f ms%n", name, ms[RUNS / 2] / 1000.0,
                ms[(int) Math.ceil(RUNS * 0.95) - 1] / 1000.0);
    }
}
