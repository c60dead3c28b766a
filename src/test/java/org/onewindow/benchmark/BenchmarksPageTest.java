package org.onewindow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarksPageTest {

    private static final String HEADING = "## Public results";

    @Test
    void aRunGoesAtTheEndOfItsOwnSectionBeforeTheNext() {
        String page = "# Benchmarks\n\n## Public results\n\n### Run 1\n\n## Exchange\n\n### Run A\n";

        assertThat(BenchmarksPage.underOwnHeading(page, HEADING, "\n### Run 2\n"))
                .isEqualTo("# Benchmarks\n\n## Public results\n\n### Run 1\n\n### Run 2\n\n## Exchange\n\n### Run A\n");
    }

    @Test
    void theLastSectionTakesTheRunAtTheEndOfThePage() {
        assertThat(BenchmarksPage.underOwnHeading("## Public results\n\n### Run 1\n\n", HEADING, "\n### Run 2\n"))
                .isEqualTo("## Public results\n\n### Run 1\n\n### Run 2\n");
    }

    @Test
    void aFirstRunOpensItsSection() {
        assertThat(BenchmarksPage.underOwnHeading("# Benchmarks\n", HEADING, "\n### Run 1\n"))
                .isEqualTo("# Benchmarks\n\n## Public results\n\n### Run 1\n");
    }
}
