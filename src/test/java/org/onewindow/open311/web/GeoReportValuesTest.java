package org.onewindow.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the applicant's name and phone are read from what an Open311 client sends. */
class GeoReportValuesTest {

    @Test
    void chineseNamesAreWrittenFamilyNameFirstWithoutASpace() {
        assertThat(GeoReportService.fullName("三", "张")).isEqualTo("张三");
        assertThat(GeoReportService.fullName("Lan", "Zhao")).isEqualTo("Lan Zhao");
        assertThat(GeoReportService.fullName(null, "欧阳")).isEqualTo("欧阳");
        assertThat(GeoReportService.fullName("Lan", null)).isEqualTo("Lan");
        assertThat(GeoReportService.fullName(null, null)).isNull();
    }

    @Test
    void phonesLoseTheirSpacingAndCountryCode() {
        assertThat(GeoReportService.mobile("+86 138-0013-8000")).isEqualTo("13800138000");
        assertThat(GeoReportService.mobile("0086 (138) 0013 8000")).isEqualTo("13800138000");
        assertThat(GeoReportService.mobile("13800138000")).isEqualTo("13800138000");
    }

    @Test
    void echoesOfClientInputAreShort() {
        assertThat(GeoReportService.shorten("x".repeat(100))).hasSize(65).endsWith("…");
        assertThat(GeoReportService.shorten("HRSS-001")).isEqualTo("HRSS-001");
    }
}
