package org.onewindow.directory.internal;

import java.util.Locale;
import java.util.Set;

/** A yes/no cell of an import file, as halls write it in either language. */
final class YesNo {

    private static final Set<String> YES = Set.of("是", "启用", "有效", "y", "yes", "true", "1", "active");
    private static final Set<String> NO = Set.of("否", "停用", "无效", "n", "no", "false", "0", "inactive");

    private YesNo() {
    }

    /** The value, {@code empty} for an empty cell, {@code null} for one that is neither yes nor no. */
    static Boolean parse(String cell, boolean empty) {
        String value = cell.toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return empty;
        }
        return YES.contains(value) ? Boolean.TRUE : NO.contains(value) ? Boolean.FALSE : null;
    }
}
