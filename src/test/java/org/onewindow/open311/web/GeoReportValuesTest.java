package org.onewindow.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the applicant's name and phone are read from what an Open311 client sends. */
class GeoReportValuesTest {

    @Test
    void chineseNamesAreWrittenFamilyNameFirstWithoutASpace() {
        assertThat(NewRequestValidator.fullName("三", "张")).isEqualTo("张三");
        assertThat(NewRequestValidator.fullName("Lan", "Zhao")).isEqualTo("Lan Zhao");
        assertThat(NewRequestValidator.fullName(null, "欧阳")).isEqualTo("欧阳");
        assertThat(NewRequestValidator.fullName("Lan", null)).isEqualTo("Lan");
        assertThat(NewRequestValidator.fullName(null, null)).isNull();
    }

    @Test
    void phonesLoseTheirSpacingAndCountryCode() {
        assertThat(NewRequestValidator.mobile("+86 138-0013-8000")).isEqualTo("13800138000");
        assertThat(NewRequestValidator.mobile("0086 (138) 0013 8000")).isEqualTo("13800138000");
        assertThat(NewRequestValidator.mobile("13800138000")).isEqualTo("13800138000");
    }

    @Test
    void echoesOfClientInputAreShort() {
        assertThat(Echoes.shorten("x".repeat(100))).hasSize(65).endsWith("…");
        assertThat(Echoes.shorten("HRSS-001")).isEqualTo("HRSS-001");
    }
}
