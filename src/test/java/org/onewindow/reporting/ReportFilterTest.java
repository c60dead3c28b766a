package org.onewindow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

/** A report's filter refuses what cannot be reported, saying why in the language of the screen that asked. */
class ReportFilterTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    @AfterEach
    void forgetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void refusalsInEnglishOutsideAScreenAndInChineseForAChineseScreen() {
        assertThat(errors(new ReportFilter(null, null, null, null, "FAX"))).containsExactlyInAnyOrder(
                "from=Choose the first day of the report.", "to=Choose the last day of the report.",
                "channel=Unknown channel FAX.");
        assertThat(errors(ReportFilter.of(DAY, DAY.minusDays(1))))
                .containsExactlyInAnyOrder("to=The last day must not be before the first day.");
        assertThat(errors(ReportFilter.of(DAY, DAY.plusYears(4))))
                .containsExactlyInAnyOrder("to=A report covers at most three years.");

        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThat(errors(new ReportFilter(null, null, null, null, "FAX"))).containsExactlyInAnyOrder(
                "from=请选择报表的开始日期。",
                "to=请选择报表的结束日期。", "channel=未知的受理渠道 FAX。");
        assertThat(errors(ReportFilter.of(DAY, DAY.minusDays(1)))).containsExactlyInAnyOrder("to=结束日期不能早于开始日期。");
        assertThat(errors(ReportFilter.of(DAY, DAY.plusYears(4)))).containsExactlyInAnyOrder("to=报表的时间跨度最长为三年。");
    }

    @Test
    void aReportableRangeIsKept() {
        ReportFilter filter = new ReportFilter(DAY, DAY.plusDays(30), "HRSS", null, "WINDOW");
        assertThat(filter.validated()).isSameAs(filter);
    }

    private static java.util.List<String> errors(ReportFilter filter) {
        java.util.List<String> errors = new java.util.ArrayList<>();
        assertThatThrownBy(filter::validated).isInstanceOfSatisfying(InvalidInputException.class,
                e -> e.fieldErrors().forEach((field, message) -> errors.add(field + "=" + message)));
        return errors;
    }
}
