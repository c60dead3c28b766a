package org.onewindow.directory;

/**
 * A department an administrator opens: its code (upper-case letters, digits and hyphens, also the queue of its steps)
 * and its name in both languages.
 */
public record NewDepartment(String code, String nameZh, String nameEn) {

    /** The longest code, as the form's field and the service count it (the column's width). */
    public static final int MAX_CODE_LENGTH = 32;
    /** The longest name in either language. */
    public static final int MAX_NAME_LENGTH = 200;
    /** What a code may be made of. */
    public static final String CODE_PATTERN = "[A-Z0-9-]+";
}
