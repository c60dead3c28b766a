package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.Attachment;
import org.onewindow.intake.CaseMaterialsService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Scans attached to a case (issue 15, finding 1): only PDF, JPEG and PNG whose name and declared type agree with
 * their content are kept, under a name the hall chooses, and every stored scan is served with headers from its
 * recognised type, so that a page dressed as a PDF never runs in a colleague's session. Run on H2
 * ({@link ScannedMaterialsIntegrationTest}) and on PostgreSQL ({@link ScannedMaterialsPostgresIntegrationTest}).
 */
abstract class ScannedMaterialsScenarios {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
    /** The review's proof of concept: PDF's first bytes, then a script that reads the manager's inbox. */
    static final byte[] SCRIPT_AS_PDF = "%PDF-<script>fetch('/api/tasks/mine').then(r => r.text())</script>"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CaseMaterialsService intake;
    @Autowired
    CaseRegistrationService registrations;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    Staff staff;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void scansAreAttachedAndReadOnlyByThoseWhoMaySeeTheCase() {
        String caseNumber = newCase();

        Attachment attached = staff.as("frontdesk",
                () -> caseFiles.attach(caseNumber, "id-card.pdf", "application/pdf", PDF));
        assertThat(attached.contentType()).isEqualTo("application/pdf");
        assertThat(attached.sizeBytes()).isEqualTo(PDF.length);
        assertThat(staff.as("hrss.worker", () -> caseFiles.scan(attached.id())).content()).isEqualTo(PDF);
        assertThat(staff.as("manager", () -> caseFiles.caseFile(caseNumber)).attachments())
                .extracting(Attachment::label)
                .containsExactly("id-card.pdf");

        assertThatThrownBy(() -> staff.run("frontdesk",
                () -> caseFiles.attach(caseNumber, "photo.pdf", "application/pdf",
                        "GIF89a pretending".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("content"));
        assertThatThrownBy(() -> staff.run("amr.worker", () -> caseFiles.scan(attached.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                () -> staff.run("amr.worker", () -> caseFiles.attach(caseNumber, "x.pdf", "application/pdf", PDF)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                () -> staff.run("manager", () -> caseFiles.attach(caseNumber, "x.pdf", "application/pdf", PDF)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(intake.attachments(caseNumber)).hasSize(1);
    }

    @Test
    void aPageDressedAsAPdfIsRefusedWithTheAcceptedTypesAndNothingIsStored() {
        String caseNumber = newCase();

        assertThatThrownBy(() -> staff.run("frontdesk",
                () -> caseFiles.attach(caseNumber, "scan.html", "text/html", SCRIPT_AS_PDF)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("content"))
                        .contains("PDF", "JPEG", "PNG"));
        // A real PDF under a page's name or type is refused too: browsers trust the name and the type.
        assertThatThrownBy(
                () -> staff.run("frontdesk", () -> caseFiles.attach(caseNumber, "scan.html", "application/pdf", PDF)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("content"))
                        .contains("PDF", "JPEG", "PNG", "scan.html"));
        assertThatThrownBy(
                () -> staff.run("frontdesk", () -> caseFiles.attach(caseNumber, "scan.pdf", "text/html", PDF)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("content"))
                        .contains("text/html"));

        assertThat(intake.attachments(caseNumber)).isEmpty();
    }

    @Test
    void aScanIsKeptUnderTheHallsNameWithTheCitizensNameAsItsLabel() {
        String caseNumber = newCase();

        Attachment attached = staff.as("frontdesk", () -> caseFiles.attach(caseNumber, "C:\\scans\\身份证 正面.PDF",
                "application/pdf", PDF));

        assertThat(attached.fileName()).isEqualTo(caseNumber + "-scan-" + attached.id() + ".pdf");
        assertThat(attached.label()).isEqualTo("C:_scans_身份证 正面.PDF");
        assertThat(intake.attachments(caseNumber)).singleElement().isEqualTo(attached);
    }

    @Test
    void scansLargerThanTenMegabytesAreRefusedAndTenMegabytesAreKept() {
        String caseNumber = newCase();
        byte[] tenMegabytes = paddedPdf(10 * 1024 * 1024);

        assertThatThrownBy(() -> staff.run("frontdesk",
                () -> caseFiles.attach(caseNumber, "huge.pdf", "application/pdf",
                        paddedPdf(10 * 1024 * 1024 + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors().get("content")).contains("10 MB"));
        assertThat(intake.attachments(caseNumber)).isEmpty();

        assertThat(staff.as("frontdesk", () -> caseFiles.attach(caseNumber, "big.pdf", "application/pdf", tenMegabytes))
                .sizeBytes()).isEqualTo(tenMegabytes.length);
    }

    @Test
    void aManagersBrowserGetsAPdfAsADownloadUnderTheHallsName() throws Exception {
        String caseNumber = newCase();
        Attachment pdf = staff.as("frontdesk",
                () -> caseFiles.attach(caseNumber, "id-card.pdf", "application/pdf", PDF));

        servedToTheManager(pdf.id())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"" + caseNumber + "-scan-" + pdf.id() + ".pdf\""))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void anImageOpensInTheBrowserInsideASandbox() throws Exception {
        String caseNumber = newCase();
        Attachment png = staff.as("frontdesk", () -> caseFiles.attach(caseNumber, "photo.png", "image/png", PNG));

        servedToTheManager(png.id())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition",
                        "inline; filename=\"" + caseNumber + "-scan-" + png.id() + ".png\""))
                .andExpect(content().bytes(PNG));
    }

    @Test
    void aScanStoredBeforeTheFixUnderAPagesNameIsServedAsAnInertDownload() throws Exception {
        String caseNumber = newCase();
        // What the earlier release kept of the review's proof of concept: its name and the type it read from the start.
        long id = legacyScan(caseNumber, "scan.html", "application/pdf", SCRIPT_AS_PDF);

        servedToTheManager(id)
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"" + caseNumber + "-scan-" + id + ".bin\""));
    }

    @Test
    void scansAreServedOnlyToThoseWhoMaySeeTheCase() throws Exception {
        Attachment pdf = staff.as("frontdesk",
                () -> caseFiles.attach(newCase(), "id-card.pdf", "application/pdf", PDF));

        mvc.perform(get("/api/attachments/" + pdf.id())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/attachments/" + pdf.id()).session(signIn("amr.worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/attachments/" + pdf.id()).session(signIn("hrss.worker"))).andExpect(status().isOk());
    }

    /**
     * The scan at the address the case page links to, fetched in a manager's signed-in session: whatever it is,
     * the browser may not guess another type, and a sandbox keeps scripts and plugins from running.
     */
    private ResultActions servedToTheManager(long id) throws Exception {
        return mvc.perform(get("/api/attachments/" + id).session(signIn("manager")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy",
                        "sandbox; default-src 'none'; style-src 'unsafe-inline'"));
    }

    /** Signs in through the login form, as a browser does, and returns the session it got. */
    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }

    private String newCase() {
        return staff.as("frontdesk", () -> registrations.register(
                CaseFlowScenarios.registration(CaseFlowScenarios.SOCIAL_SECURITY_CARD))).caseNumber();
    }

    private static byte[] paddedPdf(int size) {
        byte[] padded = Arrays.copyOf(PDF, size);
        Arrays.fill(padded, PDF.length, size - 5, (byte) ' ');
        System.arraycopy("%%EOF".getBytes(StandardCharsets.US_ASCII), 0, padded, size - 5, 5);
        return padded;
    }

    private long legacyScan(String caseNumber, String fileName, String contentType, byte[] content) {
        jdbc.sql(
                """
                        insert into intake_case_attachment (case_id, file_name, label, content_type, size_bytes, content,
                            uploaded_by, uploaded_at)
                        select id, :name, :name, :type, :size, :content, 'frontdesk', :at from intake_case where case_number = :n""")
                .param("name", fileName).param("type", contentType).param("size", (long) content.length)
                .param("content", content).param("at", Instant.now().atOffset(ZoneOffset.UTC)).param("n", caseNumber)
                .update();
        return jdbc.sql("select max(id) from intake_case_attachment").query(Long.class).single();
    }
}
