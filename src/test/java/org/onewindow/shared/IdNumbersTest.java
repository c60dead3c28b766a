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
}
