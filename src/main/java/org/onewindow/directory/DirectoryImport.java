package org.onewindow.directory;

import java.util.List;

import org.onewindow.shared.spreadsheet.TemplateWriter;

/**
 * What an import created (or, checked, would create): departments and staff accounts, and the temporary passwords
 * generated for staff rows that gave none.
 */
public record DirectoryImport(int departments, int staff, List<GeneratedPassword> generatedPasswords) {

    public DirectoryImport {
        generatedPasswords = List.copyOf(generatedPasswords);
    }

    /** A temporary password the import chose for an account; it must be changed at the first sign-in. */
    public record GeneratedPassword(String username, String password) {
    }

    /** The generated passwords as CSV (UTF-8 with a byte order mark), for the administrator to hand out. */
    public byte[] generatedPasswordsCsv() {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("用户名 / Username", "临时密码 / Temporary password"));
        generatedPasswords.forEach(generated -> rows.add(List.of(generated.username(), generated.password())));
        return TemplateWriter.csv(rows);
    }
}
