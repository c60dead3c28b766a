package org.onewindow.intake;

import java.util.Locale;

/** An administrative division (GB/T 2260 code) as the district segment names it. */
public record Region(String code, String nameZh, String nameEn) {

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
