package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseMaterialsService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.support.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scans through the real upload of the case page (issue 15, finding 1): a 3 MB PDF is kept (Spring's 1 MB
 * multipart default refused it with "Upload forbidden"), an 11 MB file and a page named {@code .html} are refused
 * with a clear message, and the manager's browser gets the kept scan as a PDF download, never as a page. Each scan
 * is of the checklist material chosen before the upload (issue 18), and the checklist counts and links them.
 */
@DemoHallBrowserTest
class ScannedMaterialsBrowserIT {

    private static final Path FILES = Path.of("target", "browser-uploads").toAbsolutePath();

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    CaseMaterialsService intake;
    @Autowired
    CaseRegistrationService registrations;
    @Autowired
    Staff staff;

    @Test
    void theWindowUploadsAThreeMegabyteScanAndLargeOrDisguisedFilesAreRefusedClearly() throws IOException {
        String caseNumber = staff.as("frontdesk", () -> registrations.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "11010519491231002X", "Zhao Lan", "13800138000", "HRSS-001", List.of("Resident ID card"), null,
                Channel.WINDOW))).caseNumber();
        browser.signIn("frontdesk", "demo");
        browser.open("/case/" + caseNumber);

        upload(pdf("id-card.pdf", 3 * 1024 * 1024));
        WebElement link = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#case-attachments a[id^='case-scan-']")));
        assertThat(link.getText()).isEqualTo("id-card.pdf");
        // Offered first, the material without a scan yet: the ID card, whose line on the checklist now counts it.
        assertThat(browser.byId("checklist-scans-0").getText()).startsWith("· 1 scan:");
        assertThat(browser.byId("checklist-scans-0").findElements(By.tagName("a"))).singleElement()
                .satisfies(scan -> assertThat(scan.getAttribute("href")).isEqualTo(link.getAttribute("href")));

        // A paper that is on no checklist line: kept as the case's, counted on no material.
        browser.pickFromSelect("case-upload-material", "Other (not on the checklist)");
        upload(pdf("covering-letter.pdf", 2048));
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#case-attachments a[id^='case-scan-']"), 2));
        assertThat(browser.byId("checklist-scans-0").getText()).startsWith("· 1 scan:");

        upload(pdf("archive.pdf", 11 * 1024 * 1024));
        assertThat(notification()).isEqualTo("The file is larger than 10 MB; scan at a lower resolution.");

        upload(file("scan.html",
                "%PDF-<script>fetch('/api/tasks/mine')</script>%%EOF".getBytes(StandardCharsets.US_ASCII)));
        assertThat(notification()).isEqualTo("Only PDF, JPEG and PNG scans are accepted (.pdf, .jpg, .jpeg, .png).");

        // Past the browser's filter by its name: the server recognises the content.
        upload(file("scan.pdf",
                "<html><script>fetch('/api/tasks/mine')</script></html>".getBytes(StandardCharsets.US_ASCII)));
        assertThat(notification())
                .isEqualTo("Only PDF, JPEG and PNG scans are accepted (recognised by their content).");
        assertThat(intake.attachments(caseNumber)).hasSize(2).first()
                .satisfies(kept -> assertThat(kept.sizeBytes()).isEqualTo(3 * 1024 * 1024))
                .satisfies(kept -> assertThat(kept.materialName()).isEqualTo("居民身份证"));
        assertThat(intake.attachments(caseNumber).get(1).materialName()).isNull();

        browser.signIn("manager", "demo");
        browser.open("/case/" + caseNumber);
        String href = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#case-attachments a[id^='case-scan-']"))).getAttribute("href");
        @SuppressWarnings("unchecked")
        List<Object> response = (List<Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(body => done([r.status,
                    r.headers.get('Content-Type'), r.headers.get('Content-Disposition'),
                    r.headers.get('X-Content-Type-Options'), body.byteLength])));""", href);
        long id = intake.attachments(caseNumber).get(0).id();
        assertThat(href).endsWith("/api/attachments/" + id);
        assertThat(response).containsExactly(200L, "application/pdf",
                "attachment; filename=\"" + caseNumber + "-scan-" + id + ".pdf\"", "nosniff", 3L * 1024 * 1024);
    }

    /** Gives the file to the upload's file input, as choosing it in the file dialog does. */
    private void upload(Path file) {
        WebElement input = browser.byId("case-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toString());
        browser.waitForVaadin();
    }

    /** The text of the newest notification on screen. */
    private String notification() {
        List<WebElement> cards = browser.wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
                By.tagName("vaadin-notification-card")));
        String text = cards.get(cards.size() - 1).getText();
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.tagName("vaadin-notification-card"), 0));
        return text;
    }

    private static Path pdf(String name, int size) throws IOException {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] start = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, content, 0, start.length);
        System.arraycopy("%%EOF".getBytes(StandardCharsets.US_ASCII), 0, content, size - 5, 5);
        return file(name, content);
    }

    private static Path file(String name, byte[] content) throws IOException {
        Files.createDirectories(FILES);
        return Files.write(FILES.resolve(name), content);
    }
}
