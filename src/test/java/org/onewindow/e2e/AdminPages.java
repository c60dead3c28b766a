package org.onewindow.e2e;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Page objects for the screens that set a hall up: the password change a temporary password leads to, the import
 * of departments and staff, and the catalog's item editor. Each knows its component ids so that the walk reads in
 * the hall's terms.
 */
final class AdminPages {

    private AdminPages() {
    }

    /** The password change every temporary password leads to before anything else opens. */
    record PasswordPage(BrowserSession browser) {

        /** Waits until signing in has sent the browser here, saying why. */
        PasswordPage forced() {
            browser.waitForUrl("/account/password");
            browser.byId("password-forced");
            return this;
        }

        PasswordPage change(String current, String chosen) {
            browser.type("password-current", current);
            browser.type("password-new", chosen);
            browser.type("password-repeated", chosen);
            browser.click("password-save");
            return this;
        }

        /** The message under the new password, once the service has refused it. */
        String newPasswordError() {
            return browser.fieldError("password-new");
        }

        /** Changes the temporary password and waits until the hall lets the person in (away from this page). */
        void changeAndEnter(String current, String chosen) {
            change(current, chosen);
            browser.wait.until(d -> !d.getCurrentUrl().contains("/account/password"));
            browser.waitForVaadin();
        }
    }

    /** The import of departments and staff files: choose them, Check, Import. */
    record ImportPage(BrowserSession browser) {

        ImportPage open() {
            browser.open("/admin/import");
            browser.byId("import-check");
            return this;
        }

        ImportPage departments(Path file) {
            return choose("import-departments-upload", file);
        }

        ImportPage staff(Path file) {
            return choose("import-staff-upload", file);
        }

        /** Gives the file to the upload's file input, as choosing it in the file dialog does, and waits until sent. */
        private ImportPage choose(String uploadId, Path file) {
            WebElement upload = browser.byId(uploadId);
            upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            browser.until("the upload of " + file.getFileName() + " finished",
                    d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return arguments[0].files.length > 0 && arguments[0].files.every(f => f.complete);",
                            upload)));
            browser.waitForVaadin();
            return this;
        }

        /** Checks the files; returns the result line when valid. */
        ImportPage check() {
            browser.click("import-check");
            return this;
        }

        ImportPage importFiles() {
            browser.click("import-save");
            return this;
        }

        String result() {
            return browser.text("import-result");
        }

        String message() {
            return browser.text("import-message");
        }

        /** The problems grid's rows as "file|row|column|problem", once it shows any, read row by row. */
        @SuppressWarnings("unchecked")
        List<String> problems() {
            browser.scrollTo("import-problems");
            return browser.until("the problems grid shows its rows", d -> {
                List<String> rows = (List<String>) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "const grid = document.getElementById('import-problems');"
                                + "return [...grid.shadowRoot.querySelectorAll('#items tr')].filter(tr => !tr.hidden)"
                                + ".map(tr => [...tr.querySelectorAll('td')].map(td => {"
                                + " const slot = td.querySelector('slot');"
                                + " const cell = slot && slot.assignedElements()[0];"
                                + " return cell ? cell.textContent.trim() : ''; }).join('|'))"
                                + ".filter(row => row.replace(/\\|/g, '').trim().length > 0);");
                return rows == null || rows.isEmpty() ? null : rows;
            });
        }
    }

    /** The catalog's item editor, for a new item or a new version of a published one. */
    record CatalogItemPage(BrowserSession browser) {

        CatalogItemPage openNew() {
            browser.open("/admin/catalog");
            browser.byId("catalog-grid");
            browser.click("catalog-new");
            browser.waitForUrl("/admin/catalog/new");
            browser.byId("catalog-item-code");
            return this;
        }

        CatalogItemPage open(String code) {
            browser.open("/admin/catalog/" + code);
            browser.byId("catalog-item-name-zh");
            return this;
        }

        CatalogItemPage code(String code) {
            browser.type("catalog-item-code", code);
            return this;
        }

        CatalogItemPage names(String chinese, String english) {
            browser.type("catalog-item-name-zh", chinese);
            browser.type("catalog-item-name-en", english);
            return this;
        }

        /** A promised item (through the departments) with its legal and promised limits in working days. */
        CatalogItemPage promised(int legalDays, int promisedDays) {
            browser.check("catalog-item-kind", "Promised");
            browser.type("catalog-item-legal", Integer.toString(legalDays));
            browser.type("catalog-item-promised", Integer.toString(promisedDays));
            return this;
        }

        CatalogItemPage promisedDays(int promisedDays) {
            browser.type("catalog-item-promised", Integer.toString(promisedDays));
            return this;
        }

        CatalogItemPage lead(String search, String departmentName) {
            browser.pickFromComboBox("catalog-item-lead", search, departmentName);
            return this;
        }

        /** Adds a material row at the end and names it in both languages (required, a copy, one copy). */
        CatalogItemPage material(String chinese, String english) {
            int row = browser.all(By.cssSelector("[id^='catalog-material-zh-']")).size() + 1;
            browser.click("catalog-material-add");
            browser.byId("catalog-material-zh-" + row);
            browser.type("catalog-material-zh-" + row, chinese);
            browser.type("catalog-material-en-" + row, english);
            return this;
        }

        CatalogItemPage screenshot(String name) {
            browser.screenshot(name);
            return this;
        }

        /** Saves and publishes; waits until the status line says the item is published in that version. */
        CatalogItemPage publish(String expectedVersion) {
            browser.click("catalog-item-publish");
            browser.until("the item published as " + expectedVersion, ExpectedConditions
                    .textToBePresentInElementLocated(By.id("catalog-item-status"), expectedVersion));
            return this;
        }

        String status() {
            return browser.text("catalog-item-status");
        }
    }
}
