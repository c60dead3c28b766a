package org.onewindow.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.onewindow.intake.ScannedFileType;
import org.onewindow.intake.ScannedFileTypes;
import org.onewindow.shared.i18n.Translations;

/** What a scan must be before the hall keeps it: named, not empty, at most 10 MB, and a PDF, JPEG or PNG throughout. */
final class ScanRules {

    private ScanRules() {
    }

    /** The label a scan is shown with: the citizen's name for it, without path separators or control characters. */
    static String label(String fileName) {
        return fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").trim();
    }

    /** The field errors for this scan, empty when it may be stored. */
    static Map<String, String> errors(String label, String declaredType, byte[] content,
            Optional<ScannedFileType> type) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (label.isEmpty() || label.length() > 255) {
            errors.put("fileName", Translations.current("intake.error.file.name"));
        }
        if (content == null || content.length == 0) {
            errors.put("content", Translations.current("intake.error.file.empty"));
        } else if (content.length > ScannedFileTypes.MAX_BYTES) {
            errors.put("content", Translations.current("intake.error.file.tooLarge"));
        } else if (type.isEmpty()) {
            errors.put("content", Translations.current("intake.error.file.type"));
        } else if (!type.get().agreesWith(label, declaredType)) {
            errors.put("content", Translations.current("intake.error.file.mismatch", type.get().label(),
                    declaredType == null || declaredType.isBlank() ? label : label + ", " + declaredType));
        }
        return errors;
    }
}
