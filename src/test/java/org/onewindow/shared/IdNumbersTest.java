package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void keepsFirstThreeAndLastFourCharacters() {
        assertThat(IdNumbers.mask("11010519491231002X")).isEqualTo("110***********002X");
        assertThat(IdNumbers.maskPhone("13800138000")).isEqualTo("138****8000");
    }

    @Test
    void masksShortValuesCompletely() {
        assertThat(IdNumbers.mask("E1234")).isEqualTo("*****");
        assertThat(IdNumbers.mask(null)).isEmpty();
    }

    @Test
    void masksTheIdNumbersAndMobilesOfAText() {
        assertThat(IdNumbers.maskWithin("撤回原因：申请人11010519491231002X改用手机13912345678联系。"))
                .isEqualTo("撤回原因：申请人110***********002X改用手机139****5678联系。");
        assertThat(IdNumbers.maskWithin("Call 13912345678, ID 11010519491231002x."))
                .isEqualTo("Call 139****5678, ID 110***********002x.");
    }

    @Test
    void leavesCaseNumbersDatesAndLongerNumbersAlone() {
        String text = "Case OW-20261128-00042 due 2026-12-02, account 6222021234567890123, ref A13912345678";
        assertThat(IdNumbers.maskWithin(text)).isEqualTo(text);
        assertThat(IdNumbers.maskWithin(null)).isNull();
    }
}
