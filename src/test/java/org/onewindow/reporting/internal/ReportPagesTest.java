package org.onewindow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

/** The parts of a report page run on the pool's threads in the language of the request that asked for the page. */
class ReportPagesTest {

    private final ReportPages pages = new ReportPages();

    @AfterEach
    void stop() {
        pages.destroy();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void workerThreadsSpeakTheLanguageOfTheRequest() {
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThat(ReportPages.join(pages.start(() -> Translations.current("reporting.filter.error.fromMissing"))))
                .isEqualTo("请选择报表的开始日期。");
        LocaleContextHolder.setLocale(Translations.ENGLISH);
        assertThat(ReportPages.join(pages.start(() -> Translations.current("reporting.filter.error.fromMissing"))))
                .isEqualTo("Choose the first day of the report.");
    }

    @Test
    void aWorkerForgetsTheLanguageWhenItsPartIsDone() {
        LocaleContextHolder.setLocale(Translations.CHINESE);
        ReportPages.join(pages.start(() -> "done"));
        LocaleContextHolder.resetLocaleContext();
        // Outside any request the services speak English, also on a worker that served a Chinese page before.
        for (int i = 0; i < 8; i++) {
            assertThat(ReportPages.join(pages.start(() -> Translations.current("reporting.filter.error.toMissing"))))
                    .isEqualTo("Choose the last day of the report.");
        }
    }
}
