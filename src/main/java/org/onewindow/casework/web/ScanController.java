package org.onewindow.casework.web;

import java.util.Optional;

import org.onewindow.casework.CaseFileService;
import org.onewindow.casework.StoredScan;
import org.onewindow.intake.ScannedFileType;
import org.onewindow.intake.ScannedFileTypes;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scans of a case as the case page links to them, for whoever may see the case. Everything the browser is
 * told about the file comes from its bytes, recognised again on every request, never from the name it was
 * uploaded (or, before names were the hall's, stored) under: an HTML page dressed as a PDF is never served as
 * a page. Images open in the browser inside a sandbox without scripts; PDFs, and anything not recognised, are
 * downloads, since browsers' PDF viewers do not run reliably in such a sandbox.
 */
@RestController
class ScanController {

    /** What the case page links to; {@code id} is the attachment's. */
    static final String PATH = "/api/attachments/{id}";

    /** No scripts, no plugins, no requests of its own: an image shows, anything else does nothing. */
    static final String SANDBOX = "sandbox; default-src 'none'; style-src 'unsafe-inline'";

    private final CaseFileService caseFiles;

    ScanController(CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> scan(@PathVariable long id) {
        StoredScan scan = caseFiles.scan(id);
        Optional<ScannedFileType> type = ScannedFileTypes.recognise(scan.content());
        String name = type.map(found -> found.storedName(scan.attachment().caseNumber(), id))
                .orElse(scan.attachment().caseNumber() + "-scan-" + id + ".bin");
        ContentDisposition disposition = (type.filter(ScannedFileType::isImage).isPresent()
                ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name).build();
        return ResponseEntity.ok()
                .contentType(type.map(found -> MediaType.parseMediaType(found.mediaType()))
                        .orElse(MediaType.APPLICATION_OCTET_STREAM))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                // Personal documents: not kept by the browser or anything in between.
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(scan.content());
    }
}
